/**
 * A save file's text, before it is JSON. A hostile file must not freeze the page or the CLI, so its size
 * and how deeply it nests are checked before `JSON.parse` sees it (a save is a few kB and nests about
 * six levels). A UTF-8 byte-order mark, which some editors add, is skipped.
 */
import { formatCount } from '../report';

/** Characters a save may have: a full six-seat sandbox game is well under 1 MB. */
export const MAX_SAVE_CHARS = 5_000_000;
/** Depth of arrays and objects a save may nest (save → actions → action → terms → term is five). */
export const MAX_SAVE_DEPTH = 20;

export type SaveText = { ok: true; value: unknown } | { ok: false; message: string };

export function readSaveText(text: string): SaveText {
  if (text.length > MAX_SAVE_CHARS)
    return {
      ok: false,
      message: `This file is too large to be a Hyperscale save (${formatCount(text.length)} characters; a save has at most ${formatCount(MAX_SAVE_CHARS)}).`,
    };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestsDeeperThan(body, MAX_SAVE_DEPTH))
    return {
      ok: false,
      message: `This file nests its data more than ${MAX_SAVE_DEPTH} levels deep, which no Hyperscale save does.`,
    };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, message: 'This file is not a Hyperscale save: it is not valid JSON.' };
  }
}

/** Counts brackets outside strings; stops as soon as the limit is passed. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
