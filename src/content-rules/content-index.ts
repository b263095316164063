/**
 * What rules need to know about the whole of content/ to check one file: which pages, glossary
 * terms, sources and cast members exist. Read once from disk by the content check and by the
 * build (astro.config.mjs), so both judge a file against the same facts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'astro/zod';
import { SourceSchema, type Source } from '../schemas/source.ts';
import { CastMemberSchema, type CastMember } from '../schemas/cast.ts';
import { LANGS, type Lang } from '../lib/locales.ts';

import { PAGE_KINDS, type PageKind } from '../schemas/kinds.ts';

export type { PageKind };

export interface AvoidedWording {
  /** The wording not to use. */
  variant: string;
  /** The glossary term to use instead, in the same language. */
  preferred: string;
  /** The glossary file's id. */
  id: string;
}

export interface ContentIndex {
  root: string;
  slugs: Record<PageKind, ReadonlySet<string>>;
  glossaryIds: ReadonlySet<string>;
  /** Wordings glossary terms list under `avoid`, per language. */
  avoided: Record<Lang, readonly AvoidedWording[]>;
  sources: ReadonlyMap<string, Source>;
  cast: readonly CastMember[];
}

function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && !f.endsWith(`.quiz${ext}`))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

function readYaml(path: string): unknown {
  return load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
}

/** Validates a YAML list file against a schema; throws one error naming every bad entry. */
function readList<S extends z.ZodType>(path: string, schema: S, label: string): z.output<S>[] {
  if (!existsSync(path)) return [];
  const parsed = z.array(schema).safeParse(readYaml(path));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  entry ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path}: the ${label} is not valid:\n${lines.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const entry of parsed.data as Array<{ id: string }>) {
    if (seen.has(entry.id)) throw new Error(`${path}: the id "${entry.id}" is used twice in the ${label}; ids must be unique`);
    seen.add(entry.id);
  }
  return parsed.data;
}

/** One file of the source register, validated; its file name is its id. */
function readSource(path: string, id: string): Source {
  const parsed = SourceSchema.safeParse(readYaml(path));
  if (!parsed.success) {
    throw new Error(
      `${path}: the source is not valid:\n${parsed.error.issues.map((i) => `  field ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return { ...parsed.data, id };
}

export function loadContentIndex(root: string): ContentIndex {
  const slugs = Object.fromEntries(
    Object.keys(PAGE_KINDS).map((kind) => [kind, new Set(filesIn(join(root, 'th', kind), '.mdx'))]),
  ) as Record<PageKind, Set<string>>;
  const glossaryIds = new Set(filesIn(join(root, 'th', 'glossary'), '.yaml'));
  const avoided = Object.fromEntries(
    LANGS.map((lang) => {
      const list: AvoidedWording[] = [];
      for (const id of filesIn(join(root, lang, 'glossary'), '.yaml')) {
        let data: { th?: string; en?: string; avoid?: string[] } | null;
        try {
          data = readYaml(join(root, lang, 'glossary', `${id}.yaml`)) as typeof data;
        } catch {
          // The content check reports the broken file itself, with its line.
          continue;
        }
        for (const variant of data?.avoid ?? []) list.push({ variant, preferred: String(data?.[lang] ?? id), id });
      }
      return [lang, list];
    }),
  ) as Record<Lang, AvoidedWording[]>;
  const sources = new Map(
    filesIn(join(root, 'data', 'sources'), '.yaml').map((id) => [id, readSource(join(root, 'data', 'sources', `${id}.yaml`), id)]),
  );
  const cast = readList(join(root, 'data', 'cast.yaml'), CastMemberSchema, 'cast list');
  return { root, slugs, glossaryIds, avoided, sources, cast };
}
