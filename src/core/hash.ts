/**
 * A short, stable hash of a value, built from 32-bit integer operations so Node and every browser agree.
 *
 * `hashValue` walks the value once: object keys sorted (undefined members skipped, as in JSON), each value
 * tagged with its type and each list and text with its length, so different values cannot run together.
 * Whole numbers are mixed as two 32-bit words and repeated keys from a cache, which keeps hashing a full
 * game state (done after every quarter of a replay) cheap. `canonicalJson` is the readable form of the
 * same ordering, for debugging and for hashing a level file's text.
 */

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

const OFFSET_1 = 0x811c9dc5;
const OFFSET_2 = 0x01000193 ^ 0x5bd1e995;
const TWO_32 = 0x100000000;

/** Type tags mixed in before each value. */
const Tag = {
  Null: 1,
  False: 2,
  True: 3,
  Integer: 4,
  OtherNumber: 5,
  Text: 6,
  List: 7,
  Record: 8,
  Undefined: 9,
} as const;

/** Two FNV-1a-style lanes with different offsets, printed as 16 hex digits. */
export function hashString(text: string): string {
  const hasher = new StreamingHash();
  hasher.text(text);
  return hasher.digest();
}

export function hashValue(value: unknown): string {
  const hasher = new StreamingHash();
  hasher.value(value);
  return hasher.digest();
}

/** Key text -> its own hash word; game states repeat the same few dozen keys thousands of times. */
const keyWords = new Map<string, number>();

function keyWord(key: string): number {
  let word = keyWords.get(key);
  if (word === undefined) {
    word = OFFSET_1;
    for (let i = 0; i < key.length; i++) word = Math.imul(word ^ key.charCodeAt(i), 0x01000193);
    word = (word ^ key.length) >>> 0;
    if (keyWords.size < 4096) keyWords.set(key, word);
  }
  return word;
}

class StreamingHash {
  private h1 = OFFSET_1;
  private h2 = OFFSET_2;

  word(word: number): void {
    this.h1 = Math.imul(this.h1 ^ word, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ word, 0x5bd1e995) ^ (this.h2 >>> 15);
  }

  text(text: string): void {
    this.word(Tag.Text);
    this.word(text.length);
    for (let i = 0; i < text.length; i++) this.word(text.charCodeAt(i));
  }

  value(value: unknown): void {
    switch (typeof value) {
      case 'number':
        if (Number.isSafeInteger(value)) {
          this.word(Tag.Integer);
          this.word((value % TWO_32) | 0);
          this.word(Math.floor(value / TWO_32) | 0);
        } else {
          this.word(Tag.OtherNumber);
          this.text(String(value));
        }
        return;
      case 'string':
        this.text(value);
        return;
      case 'boolean':
        this.word(value ? Tag.True : Tag.False);
        return;
      case 'undefined':
        this.word(Tag.Undefined);
        return;
      default:
        break;
    }
    if (value === null || typeof value !== 'object') {
      this.word(Tag.Null);
      return;
    }
    if (Array.isArray(value)) {
      this.word(Tag.List);
      this.word(value.length);
      for (let i = 0; i < value.length; i++) this.value(value[i]);
      return;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    this.word(Tag.Record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const member = record[key];
      if (member === undefined) continue;
      this.word(keyWord(key));
      this.value(member);
    }
    this.word(Tag.Record);
  }

  digest(): string {
    return (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0');
  }
}
