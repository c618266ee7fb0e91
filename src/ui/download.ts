/** Offers text as a file download (an object URL on a temporary link; nothing leaves the browser). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the level and the quarter: "38-billion-handshake-2026-Q3.json". */
export function saveFileName(levelId: string, quarterLabel: string): string {
  return `${levelId}-${quarterLabel.replace(/\s+/g, '-')}.json`.replace(/[^A-Za-z0-9._-]/g, '');
}
