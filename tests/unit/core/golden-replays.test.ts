import { describe, expect, it } from 'vitest';
import { replaySave } from '../../../src/core';
import {
  firstDivergence,
  GOLDEN_SPECS,
  type GoldenFixture,
  LEVEL_SOURCES,
  readGolden,
} from '../../fixtures/golden';

describe.each(GOLDEN_SPECS)('golden replay $file', ({ file }) => {
  const fixture = readGolden(file);

  it('replays to the same state hash after every quarter', () => {
    // On failure the message names the first quarter that diverged.
    expect(firstDivergence(fixture)).toBeNull();
  });

  it('loads as a save and replays through the core save format', () => {
    const level = LEVEL_SOURCES[fixture.save.level.id]?.load();
    if (!level) throw new Error(`no level ${fixture.save.level.id}`);
    const result = replaySave(fixture.save, level);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });
});

describe('the golden replay checker', () => {
  const original = readGolden('arena-4-seats.json');
  const tampered = (edit: (fixture: GoldenFixture) => void): GoldenFixture => {
    const copy = structuredClone(original);
    edit(copy);
    return copy;
  };

  it('names the first quarter whose hash differs', () => {
    const fixture = tampered((f) => {
      const checkpoint = f.save.checkpoints[6];
      if (checkpoint) checkpoint.hash = '0000000000000000';
    });
    expect(firstDivergence(fixture)).toMatch(
      /^Quarter 7 \(2026 Q3\) diverged: expected state 0000000000000000 after action \d+, got [0-9a-f]{16}/,
    );
  });

  it('names an action that the rules now refuse', () => {
    const fixture = tampered((f) => {
      f.save.actions.splice(0, 1); // drop the first move: every later move is now out of turn or different
    });
    expect(firstDivergence(fixture)).toMatch(
      /^(Action \d+ .* is now refused|Quarter 1 \(2025 Q1\) diverged)/,
    );
  });

  it('notices a changed level before replaying anything', () => {
    const fixture = tampered((f) => {
      f.save.level.hash = 'ffffffffffffffff';
    });
    expect(firstDivergence(fixture)).toMatch(/^Level "test-arena" has changed/);
  });

  it('covers the rules the fixtures are meant to pin', () => {
    const all = GOLDEN_SPECS.map((spec) => readGolden(spec.file));
    const types = new Set(all.flatMap((f) => f.save.actions.map((a) => (a as { type: string }).type)));
    for (const type of [
      'chips/order',
      'datacenter/build',
      'compute/allocate',
      'finance/raiseEquity',
      'finance/borrow',
      'turn/end',
    ])
      expect(types.has(type), type).toBe(true);
    // The fragile game includes rescues, so distress is pinned too.
    expect(types.has('finance/emergencyRaise') || types.has('assets/sellChips')).toBe(true);
    expect(all.every((f) => f.save.checkpoints.length > 0)).toBe(true);
  });
});
