/**
 * Translation freshness. Each English file records which version of its Thai original it
 * translates, as `translatedFrom: <hash of the Thai file>` in its frontmatter (MDX) or at the
 * top level (YAML). When the Thai file changes, the hashes differ and the report lists the
 * English file as stale. Pure helpers; the scripts read and write the files.
 */
import { createHash } from 'node:crypto';

/** A short, stable fingerprint of a Thai source file. */
export function sourceHash(thaiSource: string): string {
  return createHash('sha256').update(thaiSource.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}

/** The recorded hash in a translated file, if any. */
export function recordedHash(translated: string): string | undefined {
  return /^translatedFrom:\s*["']?([0-9a-f]{6,64})["']?\s*$/m.exec(translated)?.[1];
}

/** Writes (or replaces) the recorded hash: in the frontmatter of MDX, at the top of YAML. */
export function stamp(translated: string, hash: string, kind: 'mdx' | 'yaml'): string {
  // Quoted: an all-digit hash would otherwise be read by YAML as a number.
  const line = `translatedFrom: '${hash}'`;
  if (recordedHash(translated) !== undefined || /^translatedFrom:.*$/m.test(translated)) {
    return translated.replace(/^translatedFrom:.*$/m, line);
  }
  if (kind === 'mdx') return translated.replace(/^---\r?\n/, `---\n${line}\n`);
  return `${line}\n${translated}`;
}

export type Freshness = 'current' | 'stale' | 'unstamped' | 'missing';

export function freshness(thaiSource: string, translated: string | undefined): Freshness {
  if (translated === undefined) return 'missing';
  const recorded = recordedHash(translated);
  if (!recorded) return 'unstamped';
  return recorded === sourceHash(thaiSource) ? 'current' : 'stale';
}
