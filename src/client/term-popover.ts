/**
 * <hb-term>: a glossary word shows its definition in place. The server renders a link to the
 * glossary and the definition next to it, hidden; here the link becomes a button that opens the
 * definition as a popover (the browser's Popover API: opens by touch, mouse, Enter or Space,
 * closes with Escape, a tap elsewhere or its close button, comes right after the word for
 * keyboard and screen reader, gives focus back to the word). Browsers without the Popover API
 * keep the link to the glossary.
 * Phones show the definition as a sheet at the bottom of the screen; wider screens under the word.
 */
const supported = typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');
const phone = () => window.matchMedia('(width < 40rem)').matches;
let count = 0;

/** Puts the popover under the word (above it when there is no room below), inside the window. */
function place(word: HTMLElement, popover: HTMLElement): void {
  if (phone()) {
    popover.style.removeProperty('top');
    popover.style.removeProperty('left');
    return;
  }
  const r = word.getBoundingClientRect();
  const gap = 6;
  const left = Math.max(8, Math.min(r.left, window.innerWidth - popover.offsetWidth - 8));
  const below = r.bottom + gap;
  const above = r.top - popover.offsetHeight - gap;
  const top = below + popover.offsetHeight > window.innerHeight - 8 && above > 8 ? above : below;
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
}

class Term extends HTMLElement {
  connectedCallback(): void {
    if (!supported || this.hasAttribute('data-ready')) return;
    const link = this.querySelector<HTMLAnchorElement>(':scope > a.term');
    const popover = this.querySelector<HTMLElement>(':scope > .term-def');
    const close = popover?.querySelector<HTMLButtonElement>('.term-close');
    if (!link || !popover || !close) return;
    this.toggleAttribute('data-ready', true);
    count += 1;
    popover.id = `term-def-${count}`;
    popover.popover = 'auto';
    popover.hidden = false;
    popover.setAttribute('role', 'dialog');
    const name = popover.querySelector('strong');
    if (name) {
      name.id = `${popover.id}-name`;
      popover.setAttribute('aria-labelledby', name.id);
    }

    const word = document.createElement('button');
    word.type = 'button';
    word.className = 'term term-button';
    word.setAttribute('aria-expanded', 'false');
    word.append(...link.childNodes);
    word.popoverTargetElement = popover;
    close.popoverTargetElement = popover;
    close.popoverTargetAction = 'hide';
    link.replaceWith(word);

    const follow = () => place(word, popover);
    popover.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      word.setAttribute('aria-expanded', String(open));
      if (open) {
        follow();
        window.addEventListener('scroll', follow, { passive: true });
        window.addEventListener('resize', follow);
      } else {
        window.removeEventListener('scroll', follow);
        window.removeEventListener('resize', follow);
      }
    });
  }
}

if (!customElements.get('hb-term')) customElements.define('hb-term', Term);
