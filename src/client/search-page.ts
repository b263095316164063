/**
 * <hb-search>: the search page. Cuts the query into index units like the build cut the pages
 * (src/lib/search-tokens.ts), fetches only the pieces of Pagefind's index that hold those units
 * and reads them itself (src/lib/search-index-reader.ts), keeps the pages where the units stand
 * side by side, lists them at once from the search data (address, title), then fills in each
 * excerpt from one small text file of that page: the first screen's at once, the others as they
 * scroll into view. While the reader types, the index pieces for the words so far are fetched
 * ahead. Loaded only on the search page.
 */
import {
  allWords,
  combineHits,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  planQuery,
  type EquivalentGroups,
  type Found,
  type Hit,
} from '../lib/search-query.ts';
import { parseShard, shardOf, shardPath, type SearchData, type Shard } from '../lib/search-data.ts';
import { excerptFromUnits } from '../lib/search-excerpt.ts';
import { atomsFrom, type Atoms } from '../lib/search-tokens.ts';
import { suggest } from '../lib/search-suggest.ts';
import { chunksFor } from '../lib/pagefind-meta.ts';
import { phrase, readChunk, type Postings } from '../lib/search-index-reader.ts';

interface Data {
  atoms: Atoms;
  pages: SearchData['pages'];
  chunks: SearchData['chunks'];
}

/** Results whose excerpts are fetched before the search counts as done (a phone's or a laptop's first screen). */
const FIRST_EXCERPTS = 4;
/** Typing pauses this long before the index pieces for what is typed are fetched ahead. */
const TYPING_PAUSE_MS = 300;

/** Gzip, inflated by the browser itself (or by fflate where DecompressionStream is missing). */
async function inflate(response: Response): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'function' && response.body) {
    return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  }
  const { gunzipSync } = await import('fflate');
  return gunzipSync(new Uint8Array(await response.arrayBuffer()));
}

class SearchPage extends HTMLElement {
  private data: Promise<Data> | undefined;
  private postings: Postings = new Map();
  /** Inflated index chunks by hash, and the words already looked up in them. */
  private chunks = new Map<string, Promise<Uint8Array>>();
  private lookedUp = new Set<string>();
  private shards = new Map<string, Promise<Shard>>();
  private words: Promise<string[]> | undefined;
  private observer: IntersectionObserver | undefined;
  private run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    const params = new URLSearchParams(window.location.search);
    input.value = [...(params.get('q') ?? '')].slice(0, MAX_QUERY_LENGTH).join('');
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
    let typing: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => void this.fetchAhead(input.value), TYPING_PAUSE_MS);
    });
    void this.loadData().catch(() => undefined);
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        this.observer?.unobserve(entry.target);
        void this.fillExcerpt(entry.target as HTMLLIElement);
      }
    });
    if (params.has('q')) {
      this.querySelector<HTMLElement>('.search-guide')?.toggleAttribute('hidden', normaliseQuery(input.value) !== '');
      void this.search(input.value, kind);
    } else this.finish('idle');
  }

  private loadData(): Promise<Data> {
    this.data ??= fetch(this.dataset['searchData'] ?? '').then(async (r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      const data = (await r.json()) as SearchData;
      return { atoms: atomsFrom(data.atoms), pages: data.pages, chunks: data.chunks };
    });
    this.data.catch(() => {
      this.data = undefined;
    });
    return this.data;
  }

  /** Fetches (once) the index chunks that hold these words, and reads the words from them. */
  private async loadWords(words: readonly string[], data: Data): Promise<void> {
    const missing = words.filter((w) => !this.lookedUp.has(w));
    if (missing.length === 0) return;
    const wanted = new Set(missing);
    const hashes = new Set(missing.flatMap((w) => chunksFor(w, data.chunks)));
    const chunks = await Promise.all([...hashes].map((hash) => this.chunk(hash)));
    for (const bytes of chunks) readChunk(bytes, this.postings, wanted);
    for (const w of missing) this.lookedUp.add(w);
  }

  private chunk(hash: string): Promise<Uint8Array> {
    let loading = this.chunks.get(hash);
    if (!loading) {
      loading = fetch(`${this.dataset['searchIndex'] ?? ''}${hash}.pf_index`).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return inflate(r);
      });
      loading.catch(() => this.chunks.delete(hash));
      this.chunks.set(hash, loading);
    }
    return loading;
  }

  private async fetchAhead(text: string): Promise<void> {
    const query = normaliseQuery(text);
    if (!query) return;
    try {
      const data = await this.loadData();
      // Only fetched: the words are read from the chunks when the search runs.
      const words = allWords(planQuery(query, this.groups(), data.atoms));
      await Promise.all([...new Set(words.flatMap((w) => chunksFor(w, data.chunks)))].map((hash) => this.chunk(hash)));
    } catch {
      // Only a head start: the search fetches what it needs anyway.
    }
  }

  private groups(): EquivalentGroups {
    try {
      return JSON.parse(this.querySelector('script.search-equivalents')?.textContent ?? '[]') as EquivalentGroups;
    } catch {
      return [];
    }
  }

  private text(key: string, values: Record<string, string> = {}): string {
    return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), this.dataset[key] ?? '');
  }

  private async search(rawQuery: string, kind: string): Promise<void> {
    const run = ++this.run;
    const started = performance.now();
    const status = this.querySelector('#search-status')!;
    const list = this.querySelector('#search-results')!;
    const also = this.querySelector<HTMLElement>('#search-also')!;
    const guide = this.querySelector<HTMLElement>('.search-guide');
    const suggestions = this.querySelector<HTMLElement>('#search-suggest')!;
    list.replaceChildren();
    also.textContent = '';
    suggestions.replaceChildren();
    suggestions.hidden = true;
    const query = normaliseQuery(rawQuery);
    if (!query) {
      if (guide) guide.hidden = false;
      status.textContent = this.text('empty');
      this.finish('done', started);
      return;
    }
    if (guide) guide.hidden = true;
    this.dataset['state'] = 'searching';
    status.textContent = this.text('loading');
    try {
      const data = await this.loadData();
      const plan = planQuery(query, this.groups(), data.atoms);
      await this.loadWords(allWords(plan), data);
      const found: Found[][] = plan.map((term) => term.parts.map((part) => phrase(this.postings, part.words)));
      const info = (page: number) => ({ title: data.pages[page]?.[1] ?? '', units: data.pages[page]?.[3] ?? 0 });
      const hits = combineHits(plan, found, info).filter((h) => kind === 'all' || data.pages[h.page]?.[2] === kind);
      if (run !== this.run) return;
      const items = hits.map((hit) => this.item(hit, data));
      list.replaceChildren(...items);
      status.textContent = hits.length > 0 ? this.text('results', { n: String(hits.length) }) : this.text('none', { q: query });
      if (plan.length > 1)
        also.textContent = this.text('also', {
          terms: plan
            .slice(1)
            .map((t) => t.term)
            .join(', '),
        });
      // The results are on the screen: the benchmark also reports this moment.
      performance.mark('hb-search-results');
      this.dataset['listedMs'] = String(Math.round(performance.now() - started));
      if (hits.length === 0) void this.offerSuggestions(query, run);
      await Promise.all(items.slice(0, FIRST_EXCERPTS).map((li) => this.fillExcerpt(li)));
      for (const li of items.slice(FIRST_EXCERPTS)) this.observer?.observe(li);
    } catch {
      if (run !== this.run) return;
      status.textContent = this.text('unavailable');
    }
    if (run === this.run) this.finish('done', started);
  }

  private finish(state: 'idle' | 'done', started?: number): void {
    if (started !== undefined) this.dataset['ms'] = String(Math.round(performance.now() - started));
    this.dataset['state'] = state;
    // The search benchmark reads this mark: time from opening the page to a complete search.
    performance.mark('hb-search-done');
  }

  private item(hit: Hit, data: Data): HTMLLIElement {
    const [url, title] = data.pages[hit.page] ?? ['', ''];
    const li = document.createElement('li');
    li.className = 'search-result';
    li.dataset['page'] = String(hit.page);
    li.dataset['at'] = String(hit.at);
    li.dataset['length'] = String(hit.length);
    const link = document.createElement('a');
    // A text fragment scrolls to (and highlights) the first place the words appear on the page.
    link.href = `${url}#:~:text=${encodeURIComponent(hit.part)}`;
    link.className = 'text-lg font-bold';
    link.textContent = title;
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    li.append(link, excerpt);
    return li;
  }

  private async fillExcerpt(li: HTMLLIElement): Promise<void> {
    const p = li.querySelector('.search-excerpt');
    if (!p || p.hasChildNodes()) return;
    const at = Number(li.dataset['at']);
    try {
      const shard = await this.shard(Number(li.dataset['page']), shardOf(at));
      const parts = excerptFromUnits(shard.units, shard.start, at, Number(li.dataset['length']));
      const mark = document.createElement('mark');
      mark.textContent = parts.match;
      p.replaceChildren(parts.before, ...(parts.match ? [mark] : []), parts.after);
    } catch {
      // An excerpt is a help, not the result: the link and title are already there.
    }
  }

  private shard(page: number, n: number): Promise<Shard> {
    const lang = document.documentElement.lang === 'en' ? 'en' : 'th';
    const url = `${this.dataset['searchText'] ?? ''}${shardPath(lang, page, n)}`;
    let shard = this.shards.get(url);
    if (!shard) {
      shard = fetch(url).then(async (r) => {
        if (!r.ok) throw new Error(`${r.status} ${url}`);
        return parseShard(await r.text());
      });
      shard.catch(() => this.shards.delete(url));
      this.shards.set(url, shard);
    }
    return shard;
  }

  /** "Did you mean": glossary terms and the pages' words nearest to a query that found nothing. */
  private async offerSuggestions(query: string, run: number): Promise<void> {
    try {
      this.words ??= fetch(this.dataset['searchWords'] ?? '').then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
      const words = await this.words;
      const ideas = suggest(query, words, this.groups().flat());
      if (run !== this.run || ideas.length === 0) return;
      const box = this.querySelector<HTMLElement>('#search-suggest')!;
      const label = document.createElement('span');
      label.textContent = this.text('suggest');
      const links = ideas.map((idea) => {
        const a = document.createElement('a');
        const url = new URL(window.location.href);
        url.searchParams.set('q', idea);
        a.href = url.href;
        a.textContent = idea;
        a.lang = /[\u0E00-\u0E7F]/u.test(idea) ? 'th' : 'en';
        a.addEventListener('click', (event) => {
          event.preventDefault();
          this.querySelector<HTMLInputElement>('input[name="q"]')!.value = idea;
          this.querySelector('form')!.requestSubmit();
        });
        return a;
      });
      box.replaceChildren(label, ' ', ...links.flatMap((a, i) => (i === 0 ? [a] : [', ', a])));
      box.hidden = false;
    } catch {
      this.words = undefined;
    }
  }
}

if (!customElements.get('hb-search')) customElements.define('hb-search', SearchPage);
