/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((row) => /^[−\-$\d.,%×]/.test(String(row[i] ?? ''))),
  );
  return cells
    .map((row) =>
      row
        .map((cell, i) =>
          numeric[i] && cells.indexOf(row) > 0 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(part === whole || part === 0 ? 0 : 1)}%`;

/** A progress bar redrawn in place; only for a terminal. */
export function progressBar(
  stream: NodeJS.WriteStream,
): ((done: number, total: number) => void) & { clear(): void } {
  let last = '';
  const draw = (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((width * done) / Math.max(1, total));
    const line = `  [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} games`;
    if (line !== last) stream.write(`\r${line}`);
    last = line;
  };
  return Object.assign(draw, { clear: () => stream.write('\r\x1b[K') });
}

/** `npm run sim | head` closes the pipe early: stop quietly instead of printing an EPIPE stack trace. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
