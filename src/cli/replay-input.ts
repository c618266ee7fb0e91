/**
 * What `npm run replay` is given: a save file, or a share link (the whole URL, its `#replay=…`
 * fragment, or the bare payload). Either way the result is untrusted JSON for the rules to check.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeSaveLink, readSaveText } from '../core';

/** A save is a few hundred kB at most; a larger file is refused before it is read. */
export const MAX_SAVE_BYTES = 5_000_000;

export class InputError extends Error {}

/** At most 40 characters of what the user typed, on one line. */
export function quoteInput(text: string): string {
  const flat = text.replace(/[\p{Cc}\s]+/gu, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

export function looksLikeLink(arg: string): boolean {
  return arg.includes('#replay=') || /^h\d+\./.test(arg);
}

/** The link's payload and the quarter it points at (1-based in the link, 0-based here). */
export function splitLink(arg: string): { payload: string; quarter: number | null } {
  const fragment = arg.includes('#replay=') ? (arg.split('#replay=')[1] ?? '') : arg;
  const [payload = '', query = ''] = fragment.split('&', 2);
  const q = /^q=(\d{1,4})$/.exec(query);
  return { payload, quarter: q ? Math.max(0, Number(q[1]) - 1) : null };
}

export function readSaveArgument(arg: string): { input: unknown; linkQuarter: number | null } {
  if (looksLikeLink(arg)) {
    const { payload, quarter } = splitLink(arg);
    const decoded = decodeSaveLink(payload);
    if (!decoded.ok) throw new InputError(decoded.message);
    return { input: decoded.save, linkQuarter: quarter };
  }
  let text: string;
  try {
    if (statSync(arg).size > MAX_SAVE_BYTES)
      throw new InputError(`${quoteInput(arg)} is too large to be a Hyperscale save (over 5 MB).`);
    text = readFileSync(arg, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `There is no file ${quoteInput(arg)}.`
        : code === 'EISDIR'
          ? `${quoteInput(arg)} is a folder, not a save file.`
          : `Cannot read ${quoteInput(arg)} (${code ?? 'unknown error'}).`,
    );
  }
  // The rules' reader: size and nesting limits before parsing, a byte-order mark skipped.
  const read = readSaveText(text);
  if (!read.ok) throw new InputError(`${quoteInput(arg)}: ${read.message}`);
  return { input: read.value, linkQuarter: null };
}
