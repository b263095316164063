/**
 * The one decision about the handbook's public address: content/data/site.yaml `url`, or the
 * SITE_URL environment variable, which overrides it. A local or example address is refused, so
 * no PDF, QR code or link ever points readers at a machine they cannot reach. Pure.
 */

/** Hosts that are never a public address. */
const NOT_PUBLIC =
  /^(localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1\]|(?:[a-z0-9-]+\.)*(?:example\.(?:org|com|net)|example|test|invalid|local|localhost))$/i;

/**
 * The validated public address with a trailing slash, or undefined when none is set.
 * @throws when the value is set but is not a public http(s) address.
 */
export function resolvePublicAddress(fromFile: string | undefined, fromEnv: string | undefined): string | undefined {
  const raw = (fromEnv ?? '').trim() || (fromFile ?? '').trim();
  if (!raw) return undefined;
  const origin = fromEnv?.trim() ? 'SITE_URL' : 'content/data/site.yaml (url)';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${origin} is "${raw}", which is not a web address. Write it in full, e.g. https://www.example.go.th/handbook/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${origin} must start with https:// (it is "${raw}").`);
  if (NOT_PUBLIC.test(url.hostname)) {
    throw new Error(
      `${origin} is "${raw}", a local or example address that readers cannot open. Set the handbook's real public address, or leave it empty.`,
    );
  }
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** What is left out of a build that has no public address, for the one build warning. */
export const FEATURES_NEEDING_ADDRESS = [
  'QR codes and online links in the PDFs',
  'share previews (Open Graph images)',
  'language alternates for search engines',
] as const;

/**
 * The one build warning of a build without a public address: what is left out, and that the
 * rest is complete and can be published as it is.
 */
export function missingAddressWarning(): string {
  return `No public address is set (content/data/site.yaml url, or SITE_URL), so this build leaves out: ${FEATURES_NEEDING_ADDRESS.join('; ')}. Everything else is complete and can be published as it is; set the address and build again to add them. See README, "Publish".`;
}
