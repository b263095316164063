/**
 * <hb-share-button>: the page's address to the phone's share sheet (navigator.share), or copied
 * to the clipboard where there is no share sheet, or shown to copy by hand where copying is refused.
 */
class ShareButton extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('.share-status');
    if (!button || !status) return;
    button.disabled = false;
    button.removeAttribute('data-needs-script');
    button.addEventListener('click', async () => {
      const url = this.dataset['url'] || window.location.href.split('#')[0]!;
      const title = this.dataset['title'] ?? document.title;
      status.replaceChildren();
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          // The reader closed the sheet: nothing to say. Any other failure falls back to copying.
          if ((error as DOMException).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = this.dataset['copied'] ?? '';
      } catch {
        const link = document.createElement('a');
        link.href = url;
        link.textContent = url;
        link.className = 'break-all';
        status.replaceChildren(`${this.dataset['failed'] ?? ''} `, link);
      }
    });
  }
}

if (!customElements.get('hb-share-button')) customElements.define('hb-share-button', ShareButton);
