/**
 * <hb-search>: runs ?q= through Pagefind, checks every result against the page text, and
 * completes recall by checking the pages Pagefind did not return (a small handbook makes that
 * cheap, and the fragments are cached for offline use). Loaded only on the search page.
 */
import { excerptAround, expandQuery, rankHits, type Candidate, type EquivalentGroups, type Hit } from '../lib/search-query.ts';

interface ResultData {
  url: string;
  content: string;
  meta: { title?: string };
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Above this many pages, trust Pagefind's own recall instead of reading every page. */
const FULL_CHECK_LIMIT = 300;

class SearchPage extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? '';
    const kind = params.get('kind') ?? 'all';
    const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(kind)}"]`);
    if (radio) radio.checked = true;
    const go = () => {
      const url = new URL(window.location.href);
      const selected = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? 'all';
      url.searchParams.set('q', input.value);
      if (selected === 'all') url.searchParams.delete('kind');
      else url.searchParams.set('kind', selected);
      history.replaceState(null, '', url);
      void this.search(input.value, selected);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      go();
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'kind' && input.value.trim()) go();
    });
    if (input.value.trim()) void this.search(input.value, kind);
    else this.dataset['state'] = 'idle';
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

  private groups(): EquivalentGroups {
    try {
      return JSON.parse(this.querySelector('script.search-equivalents')?.textContent ?? '[]') as EquivalentGroups;
    } catch {
      return [];
    }
  }

  private async search(rawQuery: string, kind: string): Promise<void> {
    const run = ++this.run;
    const started = performance.now();
    const status = this.querySelector('#search-status')!;
    const list = this.querySelector('#search-results')!;
    const also = this.querySelector<HTMLElement>('#search-also')!;
    const terms = expandQuery(rawQuery, this.groups());
    list.replaceChildren();
    also.textContent = '';
    if (terms.length === 0) {
      status.textContent = '';
      return;
    }
    this.dataset['state'] = 'searching';
    status.textContent = this.dataset['loading'] ?? '';
    try {
      const pagefind = await this.load();
      const options = kind === 'all' ? {} : { filters: { kind } };
      const found = new Map<string, PagefindResult>();
      for (const term of terms) for (const r of (await pagefind.search(term, options)).results) found.set(r.id, r);
      const candidates: Candidate[] = await Promise.all([...found.values()].map(toCandidate));
      let hits = rankHits(candidates, terms);
      // Recall: read the pages Pagefind did not return and keep those that contain the query.
      const all = (await pagefind.search(null, options)).results;
      if (all.length <= FULL_CHECK_LIMIT) {
        const rest = await Promise.all(all.filter((r) => !found.has(r.id)).map(toCandidate));
        hits = rankHits([...candidates, ...rest], terms);
      }
      if (run !== this.run) return;
      list.replaceChildren(...hits.map((hit) => this.item(hit)));
      status.textContent =
        hits.length > 0
          ? (this.dataset['results'] ?? '').replace('{n}', String(hits.length))
          : (this.dataset['none'] ?? '').replace('{q}', rawQuery.trim());
      if (terms.length > 1) {
        also.textContent = (this.dataset['also'] ?? '').replace('{terms}', terms.slice(1).join(', '));
      }
    } catch {
      status.textContent = this.dataset['unavailable'] ?? '';
    }
    this.dataset['ms'] = String(Math.round(performance.now() - started));
    this.dataset['state'] = 'done';
  }

  private item(hit: Hit): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    // A text fragment scrolls to (and highlights) the first place the word appears on the page.
    link.href = `${hit.url}#:~:text=${encodeURIComponent(hit.term)}`;
    link.className = 'text-lg font-bold';
    link.textContent = hit.title;
    const excerpt = document.createElement('p');
    const parts = excerptAround(hit.content, hit.term);
    const mark = document.createElement('mark');
    mark.textContent = parts.match;
    excerpt.append(parts.before, mark, parts.after);
    li.append(link, excerpt);
    return li;
  }
}

async function toCandidate(result: PagefindResult): Promise<Candidate> {
  const data = await result.data();
  return { url: data.url, title: data.meta.title ?? data.url, content: data.content };
}

if (!customElements.get('hb-search')) customElements.define('hb-search', SearchPage);
