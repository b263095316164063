// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { loadContentIndex } from './src/content-rules/content-index.ts';
import { contentRulesPlugin } from './src/content-rules/build-plugin.ts';
import { readBasePath } from './src/lib/base-path.ts';
import { scriptHash } from './src/lib/csp.ts';
import { TRAINER_VIEW_BOOT } from './src/lib/inline-scripts.ts';

// NACC offices often host the handbook under a folder (for example /handbook/).
// BASE_PATH sets that folder; every link, asset and script goes through Astro's `base`.
const base = readBasePath(process.env.BASE_PATH);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://handbook.example.org',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests that build fixture content use their own cache so they never mix with the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Styles inline in each page: one round trip less before the first paint on a slow connection.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['th', 'en'],
    defaultLocale: 'th',
    routing: { prefixDefaultLocale: false },
  },
  // No code blocks in the handbook; Shiki's inline styles would also break the strict CSP.
  // The content rules (src/content-rules) run inside Astro's Markdown engine: they number the
  // <Cite> references and stop the build on a page that breaks a rule, naming file and line.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [
        contentRulesPlugin(loadContentIndex(resolve(process.env.HANDBOOK_CONTENT_DIR ?? './content')), {
          onProblem: process.env.CONTENT_RULES === 'warn' ? 'warn' : 'error',
        }),
      ],
    }),
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from this
  // site (plus the hashes Astro computes and the one inline boot script), nothing from other hosts.
  // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow eval()).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [scriptHash(TRAINER_VIEW_BOOT)],
      },
    },
  },
});
