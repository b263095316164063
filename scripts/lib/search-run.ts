/** Runs the query set through the real search page in a browser page. Used by the bench and the e2e test. */
import type { Page } from '@playwright/test';
import { resultPath, type Outcome, type Query } from './search-eval.ts';

export async function runQuery(page: Page, baseUrl: string, base: string, query: Query): Promise<Outcome> {
  const prefix = query.lang === 'en' ? 'en/' : '';
  await page.goto(`${baseUrl}${base}${prefix}search/?q=${encodeURIComponent(query.q)}`);
  await page.locator('hb-search[data-state="done"]').waitFor({ timeout: 30_000 });
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const ms = Number(await page.locator('hb-search').getAttribute('data-ms'));
  return { query, returned: hrefs.map((h) => resultPath(h, base)), ms };
}

/** The equivalence groups a built search page sends to the browser. */
export function groupsFromHtml(html: string): string[][] {
  const match = /<script type="application\/json" class="search-equivalents">([\s\S]*?)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1] ?? '[]') as string[][]) : [];
}
