/** "/" focuses the search box from anywhere on the page, unless the reader is typing. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.getElementById('site-search') as HTMLInputElement | null;
  if (!box) return;
  event.preventDefault();
  box.focus();
});
