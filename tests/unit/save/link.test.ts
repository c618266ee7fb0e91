import { readFileSync } from 'node:fs';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeSaveLink, encodeSaveLink, replaySave } from '../../../src/core';
import { arenaLevel } from '../../support/levels';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/arena-4-seats.json', import.meta.url), 'utf8'),
);

const b64url = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

describe('share links', () => {
  it('round-trips a whole four-seat, 32-quarter game, which still replays to every checkpoint', () => {
    const link = encodeSaveLink(fixture.save);
    expect(link.startsWith('h1.')).toBe(true);
    expect(link.length).toBeLessThan(8000);
    const decoded = decodeSaveLink(link);
    expect(decoded).toEqual({ ok: true, save: fixture.save });
    if (!decoded.ok) return;
    const replay = replaySave(decoded.save, arenaLevel());
    expect(replay.ok).toBe(true);
  });

  it('uses only URL-safe characters', () => {
    expect(encodeSaveLink(fixture.save)).toMatch(/^h1\.[A-Za-z0-9_-]+$/);
  });

  it('keeps "__proto__" and other built-in names as plain fields', () => {
    const decoded = decodeSaveLink(encodeSaveLink({ seats: [{ companyId: '__proto__', constructor: 1 }] }));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const seat = (decoded.save as { seats: Record<string, unknown>[] }).seats[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(seat)).toBe(Object.prototype);
    expect(Object.hasOwn(seat, 'constructor')).toBe(true);
    expect(seat.companyId).toBe('__proto__');
  });

  it('refuses damaged, foreign, oversized and hostile links with one sentence each', () => {
    const cases: [string, RegExp][] = [
      ['', /damaged or incomplete/],
      ['h9.AAAA', /another version of the game \(h9\)/],
      ['h1.not base64!', /characters a link of the game never has/],
      ['h1.AAAAAA', /damaged or incomplete/],
      [`h1.${'A'.repeat(250_000)}`, /far longer than any game/],
      // A "zip bomb": 6 MB of zeros deflate to a few kB.
      [
        `h1.${b64url(deflateSync(new Uint8Array(6_000_000), { level: 9 }))}`,
        /unpacks to far more than any game/,
      ],
      // Nested 100 deep: [-1, [-1, [-1, …]]].
      [
        `h1.${b64url(deflateSync(strToU8(JSON.stringify([[], JSON.parse(`${'[-1,'.repeat(100)}0${']'.repeat(100)}`)]))))}`,
        /nested deeper/,
      ],
      [`h1.${b64url(deflateSync(strToU8(JSON.stringify([[['a']], [7, 1]]))))}`, /packed data is damaged/],
    ];
    for (const [payload, message] of cases) {
      const decoded = decodeSaveLink(payload);
      expect(decoded.ok, payload.slice(0, 30)).toBe(false);
      if (!decoded.ok) {
        expect(decoded.message).toMatch(message);
        expect(decoded.message).toMatch(/^This share link is not a Hyperscale game: [^\n]+\.$/);
        expect(decoded.message.length).toBeLessThan(160);
      }
    }
  });
});
