/**
 * Objectives are reachable and not free: for each level, a sensible scripted strategy meets the main
 * objective (the first) on one of a few seeds, searched in order, and players who do nothing fail it on
 * every one of them. A teacher can trust that the decisions, not the seed, decide the result.
 */
import { describe, expect, it } from 'vitest';
import { describeLevelFileProblems, loadLevelFile } from '../../../src/cli/level-file';
import type { GameState, Level, Objective } from '../../../src/core';
import { PLANS, regulatedOpenAi } from '../../support/level-plans';
import { doNothing, playLevel, simpleFor } from '../../support/level-strategies';
import { levelPath, SCENARIO_LEVEL_IDS } from './level-files';

const SEEDS = [1, 2, 3, 4, 5];

const load = (id: string): Level => {
  const result = loadLevelFile(levelPath(`${id}.json`));
  if (!result.ok) throw new Error(describeLevelFileProblems(result).join('\n'));
  return result.level;
};

/** The quarter (0-based) a company of the objective's role met it in, or null. */
function metIn(state: GameState, objective: Objective): number | null {
  const quarters = Object.values(state.companies)
    .filter((c) => !objective.role || c.role === objective.role)
    .map((c) => c.objectivesMet[objective.id])
    .filter((q): q is number => q !== undefined);
  return quarters.length > 0 ? Math.min(...quarters) : null;
}

const planned = (level: Level) =>
  level.companies.slice(0, level.seats.max).map((c) => ({
    companyId: c.id,
    strategy: PLANS[level.id]?.(c.id) ?? simpleFor(c.role),
  }));

const idle = (level: Level) =>
  level.companies.slice(0, level.seats.max).map((c) => ({ companyId: c.id, strategy: doNothing }));

describe.each(SCENARIO_LEVEL_IDS)('%s: the main objective', (id) => {
  const level = load(id);
  const main = level.objectives[0] as Objective;

  it('is met by the level’s scripted strategy on one of the first seeds, with no refused action', () => {
    let found: { seed: number; quarter: number } | null = null;
    for (const seed of SEEDS) {
      const { state, refusals } = playLevel(level, planned(level), seed);
      expect(refusals).toEqual([]);
      const quarter = metIn(state, main);
      if (quarter !== null) {
        found = { seed, quarter };
        break;
      }
    }
    expect(found, `"${main.text}" was not met on seeds ${SEEDS.join(', ')}`).not.toBeNull();
  });

  it('is failed by players who do nothing, on every one of those seeds', () => {
    const met = SEEDS.filter((seed) => metIn(playLevel(level, idle(level), seed).state, main) !== null);
    expect(met).toEqual([]);
  });
});

describe('regulators at the gate', () => {
  it('rewards courting the regulators: the same purchases meet the objective on more seeds', () => {
    const level = load('regulators-at-the-gate');
    const main = level.objectives[0] as Objective;
    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    const successes = (court: boolean) =>
      seeds.filter((seed) => {
        const seats = [
          { companyId: 'openai', strategy: regulatedOpenAi(court) },
          { companyId: 'microsoft', strategy: PLANS['regulators-at-the-gate']?.('microsoft') ?? doNothing },
        ];
        return metIn(playLevel(level, seats, seed).state, main) !== null;
      }).length;
    expect(successes(true)).toBeGreaterThan(successes(false));
  });
});
