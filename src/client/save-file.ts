/**
 * Hands a file the page made (a CSV, a class file, a team's records) to the browser as a download,
 * through a hidden link. The file's address is kept for a minute, so that a slow phone can still
 * read it after the click.
 */
export function saveFile(name: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
