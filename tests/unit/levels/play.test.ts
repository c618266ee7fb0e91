/**
 * Every level plays from its first quarter to its ranking without an error, under the simple scripted
 * players and under players who do nothing; the rules refuse none of their actions.
 */
import { describe, expect, it } from 'vitest';
import { describeLevelFileProblems, loadLevelFile } from '../../../src/cli/level-file';
import type { Level } from '../../../src/core';
import { doNothing, playLevel, type SeatSpec, simpleFor } from '../../support/level-strategies';
import { levelFileNames, levelPath } from './level-files';

const load = (name: string): Level => {
  const result = loadLevelFile(levelPath(name));
  if (!result.ok) throw new Error(describeLevelFileProblems(result).join('\n'));
  return result.level;
};

/** The first `count` companies of the level, each with the strategy `pick` gives its role. */
const seatsFor = (
  level: Level,
  count: number,
  pick: (role: Level['companies'][number]['role']) => SeatSpec['strategy'],
) => level.companies.slice(0, count).map((c) => ({ companyId: c.id, strategy: pick(c.role) }));

describe.each(levelFileNames())('%s', (name) => {
  const level = load(name);

  it('plays to the end under the simple scripted players, every seat taken', () => {
    const { state, refusals } = playLevel(level, seatsFor(level, level.seats.max, simpleFor), 1);
    expect(refusals).toEqual([]);
    expect(state.phase).toBe('over');
    expect(state.quarter).toBe(level.quarters - 1);
    expect(state.ranking).toHaveLength(level.seats.max);
  });

  it('plays to the end when nobody does anything', () => {
    const { state, refusals } = playLevel(
      level,
      seatsFor(level, level.seats.min, () => doNothing),
      2,
    );
    expect(refusals).toEqual([]);
    expect(state.phase).toBe('over');
    expect(state.ranking).toHaveLength(level.seats.min);
  });
});

describe('arms-race sandbox with the fewest seats', () => {
  it('plays with one lab and one cloud', () => {
    const level = load('arms-race-sandbox.json');
    const seats = ['anthropic', 'google'].map((id) => ({
      companyId: id,
      strategy: simpleFor(level.companies.find((c) => c.id === id)?.role ?? 'lab'),
    }));
    const { state, refusals } = playLevel(level, seats, 3);
    expect(refusals).toEqual([]);
    expect(state.phase).toBe('over');
    expect(Object.keys(state.companies)).toEqual(['anthropic', 'google']);
  });
});
