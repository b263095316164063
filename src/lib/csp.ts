import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script: 'sha256-…' of its exact text. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

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

/**
 * One policy that allows everything each of the given policies allows and nothing more, for an
 * HTTP header sent with every page while each page keeps its own <meta>: a browser enforces both,
 * so each page still gets exactly its own policy. The pages must use the same directives; a page
 * with a directive the others lack would be restricted by the header where its <meta> is not.
 * @throws when the policies do not list the same directives.
 */
export function mergeCsp(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  const names = (p: Policy) => [...p.keys()].sort().join(', ');
  for (const policy of policies) {
    if (merged.size > 0 && names(policy) !== names(merged)) {
      throw new Error(`The pages' Content-Security-Policies use different directives: "${names(merged)}" and "${names(policy)}".`);
    }
    for (const [name, sources] of policy) {
      const into = merged.get(name) ?? [];
      for (const source of sources) if (!into.includes(source)) into.push(source);
      merged.set(name, into);
    }
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
