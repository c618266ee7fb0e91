/**
 * Input echoed back in a message. Ids, names and field names come from untrusted JSON: a 1 MB id would
 * make a 1 MB refusal and a newline a two-line one. Echoes are cut to 40 characters (with …) and every
 * control character is written as an escape, so a refusal stays one short line.
 */
const MAX_ECHO_CHARS = 40;

/** One line, at most 40 characters (code points, so no emoji is cut in half). */
export function clip(text: string, max = MAX_ECHO_CHARS): string {
  let out = '';
  let count = 0;
  for (const char of text) {
    if (count === max) return `${out}…`;
    out += escapeChar(char);
    count++;
  }
  return out;
}

/** `clip` in double quotes: how a message names something the player typed. */
export const quote = (text: string, max = MAX_ECHO_CHARS): string => `"${clip(text, max)}"`;

function escapeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  // C0 and C1 controls, DEL, and the line and paragraph separators.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
    return `\\u${code.toString(16).padStart(4, '0')}`;
  return char;
}
