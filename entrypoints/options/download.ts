/**
 * A UTF-8 byte-order mark: without it, Excel on Windows reads a CSV in the machine's
 * ANSI code page and shows "CategorÃ­as" for "Categorías".
 */
const UTF8_BOM = '\uFEFF';

/** Saves text as a file through a temporary download link: local only, no permission needed. */
export function saveFile(filename: string, content: string, type: string): void {
  const parts = type === 'text/csv' ? [UTF8_BOM, content] : [content];
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
