import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSetup, defaultDraft, seatField } from '../../../src/app/seat-setup';
import { type Level, parseLevel } from '../../../src/core';

function level(id: string): Level {
  const parsed = parseLevel(
    JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error('level did not parse');
  return parsed.level;
}

describe('seat setup', () => {
  it('defaults to one person on the first playable company and bots elsewhere, so Play is one click', () => {
    const handshake = level('38-billion-handshake');
    const draft = defaultDraft('38-billion-handshake', handshake, 42);
    expect(draft.seats.map((s) => s.kind)).toEqual(['human', 'bot', 'bot']);
    const checked = checkSetup(draft, handshake);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.seed).toBe(42);
  });

  it('fills the sandbox up to its six seats', () => {
    const sandbox = level('arms-race-sandbox');
    const draft = defaultDraft('arms-race-sandbox', sandbox, 1);
    expect(draft.seats.filter((s) => s.kind !== 'empty')).toHaveLength(6);
  });

  it('says what is wrong beside each field and starts nothing', () => {
    const sandbox = level('arms-race-sandbox');
    const draft = defaultDraft('arms-race-sandbox', sandbox, 1);
    const bad = {
      ...draft,
      seed: '12abc',
      seats: draft.seats.map((s, i) =>
        i === 0
          ? { ...s, name: '   ' }
          : i === 1
            ? { ...s, kind: 'human' as const, name: 'x'.repeat(41) }
            : s,
      ),
    };
    const checked = checkSetup(bad, sandbox);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems[seatField(0, 'name')]).toBe('Type a name for this player.');
    expect(checked.problems[seatField(1, 'name')]).toBe('A name is at most 40 characters (this one has 41).');
    expect(checked.problems.seed).toBe('The seed is a whole number from 0 to 4294967295.');
  });

  it('refuses a seed beyond the rules’ range, duplicate names and a person where only bots may play', () => {
    const handshake = level('38-billion-handshake');
    const draft = defaultDraft('38-billion-handshake', handshake, 1);
    const checked = checkSetup(
      {
        ...draft,
        seed: '4294967296',
        seats: draft.seats.map((s, i) =>
          i === 1
            ? { ...s, kind: 'human' as const, name: 'you' }
            : i === 2
              ? { ...s, kind: 'human' as const }
              : s,
        ),
      },
      handshake,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.seed).toMatch(/0 to 4294967295/);
    expect(checked.problems[seatField(1, 'name')]).toMatch(/Two players have this name/);
    expect(checked.problems[seatField(2, 'kind')]).toBe(
      'Microsoft Azure is played by the computer in this level.',
    );
  });

  it('counts seats against the level’s limits', () => {
    const circular = level('circular-money');
    const draft = defaultDraft('circular-money', circular, 1);
    const checked = checkSetup(
      { ...draft, seats: draft.seats.map((s, i) => (i === 1 ? { ...s, kind: 'empty' as const } : s)) },
      circular,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems.seats).toBe('This level needs exactly 2 seated companies; 1 is seated.');
  });
});
