/** Downloads something this page made (a pack, the volunteer's opinion): the browser saves it, nothing is sent. */
export function downloadFile(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * A text file in UTF-8, with the mark that tells older Windows editors so: accents then show
 * right when a mentor opens it with a double click.
 */
export const downloadText = (name: string, text: string): void =>
  downloadFile(name, new Blob([`\uFEFF${text}`], { type: 'text/plain;charset=utf-8' }));
