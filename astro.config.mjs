// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { readBasePath } from './src/lib/base-path.ts';

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
  build: { format: 'directory' },
  i18n: {
    locales: ['th', 'en'],
    defaultLocale: 'th',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
