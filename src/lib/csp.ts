import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script: 'sha256-…' of its exact text. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** The same for an inline <style>: the hash of its exact text. */
export const styleHash = scriptHash;

/** A Content-Security-Policy as directive name → sources, in the order they were written. */
export type Policy = Map<string, string[]>;

/** Reads a policy ("default-src 'self'; script-src 'self' 'sha256-…'"); names are lower-cased. */
export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive is the one browsers apply; later repeats are ignored.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back as one header value. */
export function formatCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Where a browser looks when a policy lacks a directive (CSP level 3); fetch directives end at default-src. */
const FALLBACK: Record<string, readonly string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
  ...Object.fromEntries(
    ['child-src', 'connect-src', 'font-src', 'img-src', 'manifest-src', 'media-src', 'object-src', 'script-src', 'style-src'].map((d) => [
      d,
      ['default-src'],
    ]),
  ),
};

/** The sources a policy allows for a directive, following the fallbacks; undefined when nothing restricts it. */
function effective(policy: Policy, name: string): string[] | undefined {
  for (const candidate of [name, ...(FALLBACK[name] ?? [])]) {
    const sources = policy.get(candidate);
    if (sources) return sources;
  }
  return undefined;
}

/**
 * One policy that allows everything each of the given policies allows and nothing more, for an
 * HTTP header sent with every page while each page keeps its own <meta>: a browser enforces both,
 * so each page still gets exactly its own policy. A directive one page lacks counts with what that
 * page falls back to (default-src), and is left out when the page does not restrict it at all.
 */
export function mergeCsp(policies: readonly Policy[]): Policy {
  const names = [...new Set(policies.flatMap((p) => [...p.keys()]))];
  const merged: Policy = new Map();
  for (const name of names) {
    const each = policies.map((p) => effective(p, name));
    if (each.some((sources) => sources === undefined)) continue;
    merged.set(name, [...new Set(each.flatMap((sources) => sources ?? []))]);
  }
  return merged;
}

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;
const unescapeAttribute = (s: string) =>
  s
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The policy in a built page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaCsp(html: string): string | undefined {
  const value = META.exec(html)?.[1];
  return value === undefined ? undefined : unescapeAttribute(value);
}
