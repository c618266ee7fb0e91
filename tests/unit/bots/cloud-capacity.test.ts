/**
 * A cloud bot builds for its existing business as well as for AI capacity (issue 10): in the sandbox,
 * where that business needs data-center power to grow, every cloud starts a site in its first two
 * quarters (the level's starting sites do not count as started in quarter 0), and after two years its existing business
 * serves more than at the start instead of stalling on the legacy fleet.
 */
import { describe, expect, it } from 'vitest';
import { runBotsUntilHuman } from '../../../src/bots';
import type { GameState } from '../../../src/core';
import { bot, start } from './helpers';

const clouds = { aws: 'builder', microsoft: 'financier', google: 'dealmaker', oracle: 'builder' } as const;

describe('cloud bots build for the business they have', () => {
  it('start sites in the first half-year and keep the existing business growing', () => {
    const begin = start('arms-race-sandbox', [
      ['openai', bot('dealmaker')],
      ['anthropic', bot('financier')],
      ...Object.entries(clouds).map(([id, p]) => [id, bot(p)] as [string, ReturnType<typeof bot>]),
    ]);
    const builtInFirstHalfYear = new Set<string>();
    let atTwoYears: GameState = begin;
    runBotsUntilHuman(begin, {
      onStep: (action, result) => {
        if (action.type === 'datacenter/build' && result.state.quarter <= 1)
          builtInFirstHalfYear.add(action.seat);
        if (result.state.quarter === 8 && atTwoYears.quarter < 8) atTwoYears = result.state;
      },
    });
    for (const cloud of Object.keys(clouds)) expect(builtInFirstHalfYear.has(cloud), cloud).toBe(true);
    expect(atTwoYears.quarter).toBe(8);
    for (const cloud of Object.keys(clouds)) {
      const before = begin.companies[cloud]?.baseBusiness?.revenueM ?? 0;
      const after = atTwoYears.companies[cloud]?.baseBusiness?.revenueM ?? 0;
      expect(after, cloud).toBeGreaterThan(before);
    }
  }, 60_000);
});
