/**
 * downloadJSON hands a JSON document to the browser as a file download
 * (a blob: address, so nothing leaves the page).
 */
export function downloadJSON(fileName: string, document_: unknown): void {
  const blob = new Blob([JSON.stringify(document_, null, 2)], { type: 'application/json' });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the click; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/** exportFileName names an export file after the account and the day: roster-export-usr_….json. */
export function exportFileName(userID: string): string {
  return `roster-export-${userID}-${new Date().toISOString().slice(0, 10)}.json`;
}
