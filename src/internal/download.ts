/**
 * Offers generated text as a file download. A Blob URL and a temporary <a download> keep it
 * working under a strict Content-Security-Policy and without any server.
 */
export function downloadText(text: string, type: string, fileName: string, from: HTMLElement): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (from.shadowRoot ?? from).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
