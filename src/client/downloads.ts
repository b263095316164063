/**
 * <hb-downloads>: shows each PDF's size and page count next to its link, from the list the build
 * publishes (downloads/index.json). Without it (no script, or the list cannot be read offline) the
 * links work just the same.
 */
import { sizeLabel, type DownloadIndex } from '../lib/downloads.ts';

class Downloads extends HTMLElement {
  connectedCallback(): void {
    void this.fill();
  }

  private async fill(): Promise<void> {
    try {
      const response = await fetch(this.dataset['index'] ?? '');
      if (!response.ok) return;
      const index = (await response.json()) as DownloadIndex;
      const byFile = new Map(index.files.map((f) => [f.file, f]));
      const pages = this.dataset['pages'] ?? '{n}';
      for (const span of this.querySelectorAll<HTMLElement>('.download-facts')) {
        const facts = byFile.get(span.dataset['file'] ?? '');
        if (facts) span.textContent = `${pages.replace('{n}', String(facts.pages))} · ${sizeLabel(facts.bytes)}`;
      }
    } catch {
      // The sizes are a courtesy; the links do not depend on them.
    }
  }
}

if (!customElements.get('hb-downloads')) customElements.define('hb-downloads', Downloads);
