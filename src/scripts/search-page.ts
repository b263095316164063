import { containsQuery, normaliseQuery } from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

/** <hb-search>: runs the ?q= query through Pagefind and lists only pages that contain it. */
class SearchPage extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input');
    const form = this.querySelector('form');
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    if (input) input.value = query;
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = input?.value ?? '';
      const url = new URL(window.location.href);
      url.searchParams.set('q', q);
      history.replaceState(null, '', url);
      void this.run(q);
    });
    if (query.trim()) void this.run(query);
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ this.dataset['bundle'] ?? '')) as Pagefind;
      // Result URLs must carry the site's base when it is hosted under a folder.
      await pagefind.options({ baseUrl: this.dataset['base'] ?? '/' });
      return pagefind;
    })();
    return this.pagefind;
  }

  private async run(rawQuery: string): Promise<void> {
    const status = this.querySelector('#search-status');
    const list = this.querySelector('#search-results');
    if (!status || !list) return;
    const query = normaliseQuery(rawQuery);
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = this.dataset['loading'] ?? '';
    try {
      const pagefind = await this.load();
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
      const kept = data.filter((d) => containsQuery(`${d.meta.title ?? ''} ${d.content}`, query));
      for (const result of kept) list.append(this.item(result));
      status.textContent =
        kept.length > 0
          ? (this.dataset['results'] ?? '').replace('{n}', String(kept.length))
          : (this.dataset['none'] ?? '').replace('{q}', rawQuery.trim());
    } catch {
      status.textContent = this.dataset['unavailable'] ?? '';
    }
  }

  private item(result: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.className = 'text-lg font-bold';
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is escaped text with <mark> around matches.
    excerpt.innerHTML = result.excerpt;
    li.append(link, excerpt);
    return li;
  }
}

if (!customElements.get('hb-search')) customElements.define('hb-search', SearchPage);
