/** Numbers typed into forms are untrusted: each parser returns the value or a sentence for beside the field. */

export type Parsed = { ok: true; value: number } | { ok: false; problem: string };

/** A whole number in [min, max]; grouping commas and spaces are allowed ("1,000"). */
export function parseWhole(text: string, what: string, min: number, max: number): Parsed {
  const cleaned = text.trim().replace(/[,\s_]/g, '');
  if (cleaned === '') return { ok: false, problem: `Type ${what}.` };
  if (!/^-?\d+$/.test(cleaned)) return { ok: false, problem: `${capitalise(what)} must be a whole number.` };
  const value = Number(cleaned);
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return { ok: false, problem: `${capitalise(what)} must be from ${group(min)} to ${group(max)}.` };
  return { ok: true, value };
}

/** A percentage with at most two decimals, as basis points (40 -> 4,000 bp; 12.5 -> 1,250 bp). */
export function parsePercentBp(text: string, what: string): Parsed {
  const cleaned = text.trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned))
    return { ok: false, problem: `${capitalise(what)} is a percentage from 0 to 100, like 40 or 12.5.` };
  const [whole = '0', fraction = ''] = cleaned.split('.');
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (bp > 10000) return { ok: false, problem: `${capitalise(what)} is at most 100%.` };
  return { ok: true, value: bp };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
