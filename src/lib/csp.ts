import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script: 'sha256-…' of its exact text. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
