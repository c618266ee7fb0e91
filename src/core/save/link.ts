/**
 * A save as a share link's payload: small enough for a URL (a four-seat, 32-quarter game in a few
 * thousand characters). The save's JSON is packed (each object becomes its key-set number and its
 * values, so the repeated keys of a thousand actions are written once), deflated and written in
 * base64url. Decoding is for untrusted input: the payload's length, the inflated size, the nesting
 * depth and the number of items are all limited before anything is built from it.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';

export const LINK_VERSION = 'h1';
export const MAX_LINK_PAYLOAD_CHARS = 200_000;
export const MAX_INFLATED_BYTES = 5_000_000;
const MAX_DEPTH = 24;
const MAX_ITEMS = 500_000;

type Packed = number | string | boolean | null | Packed[];

/** Objects become [keySet, ...values] with keySet ≥ 0; arrays become [-1, ...items]. */
function pack(value: unknown, keySets: string[][], index: Map<string, number>): Packed {
  if (Array.isArray(value)) return [-1, ...value.map((item) => pack(item, keySets, index))];
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const signature = JSON.stringify(keys);
    let set = index.get(signature);
    if (set === undefined) {
      set = keySets.length;
      keySets.push(keys);
      index.set(signature, set);
    }
    return [set, ...keys.map((key) => pack((value as Record<string, unknown>)[key], keySets, index))];
  }
  return value as Packed;
}

class LinkError extends Error {}

function unpack(
  value: unknown,
  keySets: readonly string[][],
  depth: number,
  budget: { items: number },
): unknown {
  if (--budget.items < 0) throw new LinkError('it holds more items than any game');
  if (!Array.isArray(value)) return value;
  if (depth > MAX_DEPTH) throw new LinkError('it is nested deeper than any save');
  const [tag, ...rest] = value as unknown[];
  if (tag === -1) return rest.map((item) => unpack(item, keySets, depth + 1, budget));
  const keys = typeof tag === 'number' ? keySets[tag] : undefined;
  if (!keys || keys.length !== rest.length) throw new LinkError('its packed data is damaged');
  // No prototype: a key such as "__proto__" from a hostile link stays a plain field.
  const out: Record<string, unknown> = Object.create(null);
  keys.forEach((key, i) => {
    out[key] = unpack(rest[i], keySets, depth + 1, budget);
  });
  return { ...out };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (j < chunk.length ? ALPHABET.indexOf(chunk[j] as string) : 0);
    const count = chunk.length - 1;
    for (let j = 0; j < count; j++) bytes[o++] = (n >> (16 - 8 * j)) & 255;
  }
  return bytes.subarray(0, o);
}

/** The payload for a save: "h1." + base64url(deflate(packed JSON)). */
export function encodeSaveLink(save: unknown): string {
  const keySets: string[][] = [];
  const packed = pack(save, keySets, new Map());
  const bytes = deflateSync(strToU8(JSON.stringify([keySets, packed])), { level: 9 });
  return `${LINK_VERSION}.${toBase64Url(bytes)}`;
}

function inflateLimited(bytes: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_INFLATED_BYTES) tooBig = true;
    else chunks.push(chunk);
  });
  // Small pieces, so a "zip bomb" is stopped soon after it passes the limit instead of at its end.
  const PIECE = 1024;
  for (let i = 0; i < bytes.length && !tooBig; i += PIECE)
    inflater.push(bytes.subarray(i, i + PIECE), i + PIECE >= bytes.length);
  if (tooBig) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export type DecodedLink = { ok: true; save: unknown } | { ok: false; message: string };

/** The save inside a link's payload (still to be validated and replayed like any save). */
export function decodeSaveLink(payload: string): DecodedLink {
  const bad = (why: string): DecodedLink => ({
    ok: false,
    message: `This share link is not a Hyperscale game: ${why}.`,
  });
  if (payload.length > MAX_LINK_PAYLOAD_CHARS) return bad('it is far longer than any game');
  const [version, body = ''] = payload.split('.', 2);
  if (version !== LINK_VERSION)
    return bad(
      version && /^h\d+$/.test(version)
        ? `it was made by another version of the game (${version})`
        : 'it is damaged or incomplete',
    );
  const bytes = fromBase64Url(body);
  if (!bytes) return bad('it contains characters a link of the game never has');
  let json: unknown;
  try {
    const inflated = inflateLimited(bytes);
    if (!inflated) return bad('it unpacks to far more than any game');
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return bad('it is damaged or incomplete');
  }
  if (!Array.isArray(json) || json.length !== 2 || !Array.isArray(json[0]))
    return bad('it is damaged or incomplete');
  const keySets = json[0] as unknown[];
  if (!keySets.every((k) => Array.isArray(k) && k.every((key) => typeof key === 'string')))
    return bad('it is damaged or incomplete');
  try {
    return { ok: true, save: unpack(json[1], keySets as string[][], 0, { items: MAX_ITEMS }) };
  } catch (error) {
    return bad(error instanceof LinkError ? error.message : 'it is damaged or incomplete');
  }
}
