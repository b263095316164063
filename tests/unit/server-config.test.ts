import { describe, expect, it } from 'vitest';
import { formatCsp, mergeCsp, metaCsp, parseCsp, scriptHash } from '../../src/lib/csp.ts';
import {
  CACHE_HASHED,
  CACHE_REVALIDATE,
  CSP_DIRECTIVES,
  FRAME_ANCESTORS,
  astroCsp,
  contentType,
  expectedHeaders,
  isHashed,
  notFoundPage,
  pageCsp,
} from '../../src/lib/server-config/policy.ts';
import { nginxConfig } from '../../src/lib/server-config/nginx.ts';
import { htaccess } from '../../src/lib/server-config/apache.ts';
import { headersFile, headersFileProblems, pageRules, redirectsFile } from '../../src/lib/server-config/headers-file.ts';
import { headerProblems, probes } from '../../scripts/lib/server-checks.ts';

const base = CSP_DIRECTIVES.join(';');
const page = (script: string, style: string) => `${base}; script-src 'self' '${script}'; style-src 'self' '${style}';`;
const csp = pageCsp([page('sha256-a', 'sha256-x'), page('sha256-a', 'sha256-y')]);

describe('policies', () => {
  it('read and write back a policy, keeping the first of a repeated directive', () => {
    const policy = parseCsp("default-src 'self';img-src 'self' data:; IMG-SRC *; ");
    expect([...policy.keys()]).toEqual(['default-src', 'img-src']);
    expect(formatCsp(policy)).toBe("default-src 'self'; img-src 'self' data:");
  });
  it('merge pages into one policy allowing each page exactly its own sources', () => {
    const merged = mergeCsp([parseCsp("script-src 'self' 'sha256-a'"), parseCsp("script-src 'self' 'sha256-b'")]);
    expect(formatCsp(merged)).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
  });
  it('count a directive a page lacks with what the page falls back to, or leave it out when nothing restricts it', () => {
    const a = parseCsp("default-src 'self'; media-src blob:; base-uri 'self'");
    const b = parseCsp("default-src 'self'; script-src 'self' 'sha256-b'");
    expect(formatCsp(mergeCsp([a, b]))).toBe("default-src 'self'; media-src blob: 'self'; script-src 'self' 'sha256-b'");
    const worker = mergeCsp([parseCsp("script-src 'self'; worker-src blob:"), parseCsp("script-src 'self' 'wasm-unsafe-eval'")]);
    expect(worker.get('worker-src')).toEqual(['blob:', "'self'", "'wasm-unsafe-eval'"]);
  });
  it("find a built page's <meta> policy, with the quotes as Astro escapes them", () => {
    expect(metaCsp('<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">')).toBe("default-src 'self'");
    expect(metaCsp('<meta charset="utf-8">')).toBeUndefined();
  });
});

describe('the one definition', () => {
  it("gives Astro the directives and the inline script's hash", () => {
    const hash = scriptHash('x()');
    expect(astroCsp([hash])).toEqual({
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'"], hashes: [hash] },
    });
  });
  it("makes the header policy from the pages' hashes, with frame-ancestors", () => {
    expect(csp).toContain("script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x' 'sha256-y'; frame-ancestors 'none'");
    expect(csp.startsWith("default-src 'self'; img-src 'self' data: blob:")).toBe(true);
  });
  it('refuses pages whose policy was changed somewhere else, or no policy at all', () => {
    const loosened = page('sha256-a', 'sha256-x').replace("object-src 'none'", 'object-src *');
    expect(() => pageCsp([loosened])).toThrow(/object-src 'none'.*policy\.ts/);
    expect(() => pageCsp([page('sha256-a', 'sha256-x').replace("script-src 'self' ", 'script-src ')])).toThrow(/script-src 'self'/);
    expect(() => pageCsp([])).toThrow(/No built page/);
  });
  it('says which files are named by their content', () => {
    for (const p of [
      '_astro/a.B1x.js',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/index/th_2.pf_index',
      'pagefind/pagefind.th_7e7.pf_meta',
    ])
      expect(isHashed(p), p).toBe(true);
    for (const p of ['sw.js', 'index.html', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'offline-th.json', 'manifest.webmanifest'])
      expect(isHashed(p), p).toBe(false);
  });
  it('gives the types servers get wrong', () => {
    expect(contentType('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentType('pagefind/fragment/en_1.pf_fragment')).toBe('application/octet-stream');
    expect(contentType('pagefind/x.pf_newkind')).toBe('application/octet-stream');
    expect(contentType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(contentType('x.wasm')).toBe('application/wasm');
    expect(contentType('a/index.html')).toBe('text/html; charset=utf-8');
  });
  it('chooses the 404 page by the language folder', () => {
    expect(notFoundPage('modules/x/')).toBe('404.html');
    expect(notFoundPage('en/modules/x/')).toBe('en/404.html');
    expect(notFoundPage('english/')).toBe('404.html');
  });
  it('lists the headers of each kind of response', () => {
    const page = expectedHeaders('en/modules/index.html', { base: '/handbook/', csp });
    expect(page).toMatchObject({
      'content-security-policy': csp,
      'cache-control': CACHE_REVALIDATE,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    expect(page['service-worker-allowed']).toBeUndefined();
    expect(expectedHeaders('sw.js', { base: '/handbook/', csp })).toMatchObject({
      'service-worker-allowed': '/handbook/',
      'cache-control': CACHE_REVALIDATE,
    });
    expect(expectedHeaders('_astro/a.js', { base: '/', csp })['cache-control']).toBe(CACHE_HASHED);
    expect(expectedHeaders('downloads/th/handbook-participant.pdf', { base: '/', csp })['content-security-policy']).toBe(FRAME_ANCESTORS);
  });
});

/** A server's pattern for files named by their content (at /handbook/) picks the paths the policy's isHashed does. */
function expectHashedAsPolicy(hashed: RegExp, paths: readonly string[]): void {
  for (const p of paths) expect(hashed.test(`/handbook/${p}`), p).toBe(isHashed(p));
}

describe('nginx settings', () => {
  const conf = nginxConfig({ base: '/handbook/', csp });
  const locations = [...conf.matchAll(/^location (.+) \{$/gm)].map((m) => m[1]);
  const block = (match: string) => conf.split(`location ${match} {\n`)[1]?.split('\n}\n')[0] ?? '';
  it('cover the folder, the English folder, hashed files, the service worker and PDFs, and hide dotfiles', () => {
    expect(locations).toEqual([
      '= /handbook',
      '~ ^/handbook/(?:.*/)?\\.(?!well-known/)',
      '/handbook/',
      '/handbook/en/',
      '~ ^/handbook/(?:_astro/|pagefind/fragment/|pagefind/index/|pagefind/filter/|pagefind\\/pagefind\\.[^/]+\\.pf_meta$)',
      '= /handbook/sw.js',
      '~ ^/handbook/.*\\.pdf$',
    ]);
  });
  it('hide dotfiles but not /.well-known/ (certificate renewal)', () => {
    const hidden = new RegExp(locations[1]!.slice(2));
    expect(['/handbook/.nginx.conf', '/handbook/.htaccess', '/handbook/en/.x'].every((p) => hidden.test(p))).toBe(true);
    expect(['/handbook/.well-known/acme-challenge/t', '/handbook/modules/x/', '/handbook/a.b'].some((p) => hidden.test(p))).toBe(false);
  });
  it('match the paths policy.ts calls hashed, and only those', () => {
    const hashed = new RegExp(locations[4]!.slice(2));
    expectHashedAsPolicy(hashed, [
      '_astro/a.js',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/pagefind.th_7e7.pf_meta',
      'pagefind/pagefind.js',
      'sw.js',
      'x/_astro/a.js',
    ]);
  });
  it('send every header always (also with a 404), and each 404 page in its folder', () => {
    expect(conf).not.toMatch(/add_header [^\n]*"(?! always;)[^\n]*[^s];\n/);
    expect(conf.match(/add_header Content-Security-Policy "([^"]*)" always;/)?.[1]).toBe(csp);
    expect(block('/handbook/en/')).toContain('error_page 404 /handbook/en/404.html;');
    expect(block('/handbook/')).toContain('error_page 404 /handbook/404.html;');
    expect(block('= /handbook/sw.js')).toContain('add_header Service-Worker-Allowed "/handbook/" always;');
    expect(block('~ ^/handbook/.*\\.pdf$')).toContain(`add_header Content-Security-Policy "${FRAME_ANCESTORS}" always;`);
    expect(conf).toContain('application/manifest+json webmanifest;');
    expect(conf).toContain('application/octet-stream pagefind pf_meta pf_index pf_fragment pf_filter;');
  });
  it('at the root, take over the whole server with no redirect for a folder name', () => {
    const root = nginxConfig({ base: '/', csp });
    expect([...root.matchAll(/^location (.+) \{$/gm)].map((m) => m[1])).toEqual([
      '~ ^/(?:.*/)?\\.(?!well-known/)',
      '/',
      '/en/',
      '~ ^/(?:_astro/|pagefind/fragment/|pagefind/index/|pagefind/filter/|pagefind\\/pagefind\\.[^/]+\\.pf_meta$)',
      '= /sw.js',
      '~ ^/.*\\.pdf$',
    ]);
  });
});

describe('Apache settings', () => {
  const conf = htaccess({ base: '/handbook/', csp });
  it('set the 404 page of each language, the types and the headers', () => {
    expect(conf).toContain(
      'ErrorDocument 404 /handbook/404.html\n<If "%{REQUEST_URI} =~ m#^/handbook/en/#">\n    ErrorDocument 404 /handbook/en/404.html\n</If>',
    );
    expect(conf).toContain('AddType application/manifest+json .webmanifest');
    expect(conf).toContain('RedirectMatch 404 "/\\.(?!well-known/)"');
    expect(conf).toContain(`Header always set Content-Security-Policy "${csp}"`);
    expect(conf).toContain(`Header always set Service-Worker-Allowed "/handbook/" "expr=%{REQUEST_URI} == '/handbook/sw.js'"`);
  });
  it('keep hashed files for a year by the same rule as policy.ts, set after the default', () => {
    const lines = conf.split('\n');
    const revalidate = lines.indexOf(`Header always set Cache-Control "${CACHE_REVALIDATE}"`);
    const hashedLine = lines.findIndex((l) => l.startsWith(`Header always set Cache-Control "${CACHE_HASHED}"`));
    expect(revalidate).toBeGreaterThan(-1);
    expect(hashedLine).toBeGreaterThan(revalidate);
    const hashed = new RegExp(/m#(.*)#"$/.exec(lines[hashedLine]!)![1]!);
    expectHashedAsPolicy(hashed, [
      '_astro/a.js',
      'pagefind/index/th_2.pf_index',
      'pagefind/pagefind.en_1.pf_meta',
      'pagefind/pagefind.js',
      'offline-th.json',
    ]);
  });
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
  it('covers every page with folders where it can, never a PDF folder', () => {
    const pages = [
      '404.html',
      'index.html',
      'modules/a/index.html',
      'modules/index.html',
      'downloads/index.html',
      'en/downloads/index.html',
      'en/404.html',
    ];
    expect(pageRules(pages, ['downloads/th/', 'downloads/en/'])).toEqual(['404.html', 'downloads/', 'en/*', '', 'modules/*']);
    expect(pageRules(['a/b/c/index.html', 'a/index.html'], ['a/b/pdf/'])).toEqual(['a/b/c/*', 'a/']);
    expect(pageRules(pages, ['downloads/th/', 'downloads/en/'], ['en/'])).toEqual([
      '404.html',
      'downloads/',
      'en/404.html',
      'en/downloads/*',
      '',
      'modules/*',
    ]);
  });
  it('gives each rule the policy of its own pages only', () => {
    const files = ['index.html', 'modules/a/index.html', 'en/modules/a/index.html', 'en/index.html'];
    const own: Record<string, string> = {
      'index.html': "script-src 'self' 'sha256-home'",
      'modules/a/index.html': "script-src 'self' 'sha256-module'",
      'en/modules/a/index.html': "script-src 'self' 'sha256-en-module'",
      'en/index.html': "script-src 'self' 'sha256-en-home'",
    };
    const text = headersFile({
      base: '/',
      policyOf: (pages) => pages.map((p) => own[p]).join(' | '),
      files,
      documentFolders: [],
      noCacheFiles: [],
    });
    expect(text).toContain("/modules/*\n  Content-Security-Policy: script-src 'self' 'sha256-module'\n");
    expect(text).toContain("/en/modules/*\n  Content-Security-Policy: script-src 'self' 'sha256-en-module'\n");
    expect(text).toContain("/en/\n  Content-Security-Policy: script-src 'self' 'sha256-en-home'\n");
  });
  it('sets each header by rules that never overlap', () => {
    const files = ['index.html', 'modules/index.html', 'downloads/index.html', '_astro/a.js', 'pagefind/pagefind.th_1.pf_meta', 'sw.js'];
    const text = headersFile({
      base: '/handbook/',
      policyOf: () => csp,
      files,
      documentFolders: ['downloads/th/'],
      noCacheFiles: ['offline-th.json'],
    });
    const rules = text.split('\n\n').slice(1);
    const paths = (header: string) => rules.filter((r) => r.includes(`  ${header}:`)).map((r) => r.split('\n')[0]);
    expect(paths('Content-Security-Policy')).toEqual([
      '/handbook/downloads/',
      '/handbook/',
      '/handbook/modules/*',
      '/handbook/downloads/th/*',
    ]);
    expect(paths('Cache-Control')).toEqual([
      '/handbook/downloads/',
      '/handbook/',
      '/handbook/modules/*',
      '/handbook/_astro/*',
      '/handbook/pagefind/fragment/*',
      '/handbook/pagefind/index/*',
      '/handbook/pagefind/filter/*',
      '/handbook/pagefind/pagefind.th_1.pf_meta',
      '/handbook/sw.js',
      '/handbook/manifest.webmanifest',
      '/handbook/offline-th.json',
    ]);
    expect(text).toContain('/handbook/sw.js\n  Cache-Control: no-cache\n  Service-Worker-Allowed: /handbook/');
    expect(headersFileProblems(text)).toEqual([]);
  });
  it('warns where Cloudflare Pages would skip a rule or a line', () => {
    const long = `/*\n  Content-Security-Policy: ${'x'.repeat(2001)}\n`;
    expect(headersFileProblems(long)[0]).toMatch(/longer than 2000.*Content-Security-Policy/);
    expect(headersFileProblems(Array.from({ length: 101 }, (_, i) => `/p${i}\n  A: b`).join('\n\n'))[0]).toMatch(/101 rules/);
  });
  it('sends English readers to the English 404 page on Netlify', () => {
    expect(redirectsFile('/')).toContain('/en/*  /en/404.html  404');
  });
});

describe('the server test', () => {
  it('asks for every kind of response the policy has', () => {
    const files = [
      'index.html',
      'en/index.html',
      'modules/a/index.html',
      'en/modules/a/index.html',
      '_astro/x.js',
      'pagefind/fragment/en_1.pf_fragment',
      'sw.js',
      'manifest.webmanifest',
      'offline-th.json',
      'downloads/th/h.pdf',
    ];
    const asked = probes(files);
    expect(asked.map((p) => `${p.status} ${p.path}`)).toEqual(
      expect.arrayContaining([
        '200 ',
        '200 en/modules/a/',
        '301 modules/a',
        '404 no-such-page/',
        '404 en/no-such-page/',
        '200 _astro/x.js',
        '200 sw.js',
        '200 downloads/th/h.pdf',
        '404 .nginx.conf',
        '404 .htaccess',
      ]),
    );
    expect(asked.find((p) => p.path === 'en/no-such-page/')?.file).toBe('en/404.html');
  });
  it('compares headers, content types by their media type and charset', () => {
    const actual = new Headers({ 'content-type': 'text/html;charset=UTF-8', 'cache-control': 'no-cache' });
    expect(headerProblems(actual, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })).toEqual([]);
    expect(headerProblems(actual, { 'cache-control': CACHE_HASHED, 'x-frame-options': 'DENY' })).toEqual([
      `cache-control: expected "${CACHE_HASHED}", got "no-cache"`,
      'x-frame-options: expected "DENY", got nothing',
    ]);
  });
});
