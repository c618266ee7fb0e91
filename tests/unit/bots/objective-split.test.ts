/**
 * A lab whose revenue run-rate objective is in reach: in "Regulators at the gate", at the start of the
 * deadline quarter (2027 Q1) customers want more than the $10B a quarter the $40B run-rate needs. The
 * personalities that serve customers first train less that quarter so that inference earns the bar; the
 * builder keeps the split its valuation picks, and misses.
 */
import { describe, expect, it } from 'vitest';
import { runBotsUntilHuman, TRAITS } from '../../../src/bots';
import { trainingShare } from '../../../src/bots/lab';
import { capacityCu, contractedCu, labDemandM } from '../../../src/bots/market';
import type { BotPersonality, CompanyState, GameState } from '../../../src/core';
import { bot, start } from './helpers';

const DEADLINE_QUARTER = 8; // the objective's byQuarter is 9: quarter 8 (0-based) is the last chance

function deadlineQuarter(): { state: GameState; openai: CompanyState } {
  let at: GameState | null = null;
  runBotsUntilHuman(
    start('regulators-at-the-gate', [
      ['openai', bot('dealmaker')],
      ['microsoft', bot('financier')],
    ]),
    {
      onStep: (_action, result) => {
        if (!at && result.state.quarter === DEADLINE_QUARTER) at = result.state;
      },
    },
  );
  if (!at) throw new Error('the game did not reach the deadline quarter');
  const state: GameState = structuredClone(at);
  return { state, openai: state.companies.openai as CompanyState };
}

/** Quarterly model revenue ($M) the split can serve, from all the compute it can use. */
function servableM(state: GameState, openai: CompanyState, trainingBp: number): number {
  const usable = capacityCu(state, openai) + contractedCu(state, openai.id);
  const inference = usable - Math.floor((usable * trainingBp) / 10000);
  return Math.floor((inference * state.config.market.inferencePricePerCu) / 1_000_000);
}

describe('a pending run-rate objective within reach', () => {
  const { state, openai } = deadlineQuarter();
  const share = (p: BotPersonality) => trainingShare(state, openai, TRAITS[p]) ?? openai.trainingShareBp;

  it('is in reach: customers want the $10B a quarter', () => {
    expect(openai.objectivesMet['run-rate-40b']).toBeUndefined();
    expect(labDemandM(state, openai, 1)).toBeGreaterThanOrEqual(10_000);
  });

  it('makes the financier and the dealmaker serve it first, and not the builder', () => {
    expect(servableM(state, openai, share('financier'))).toBeGreaterThanOrEqual(10_000);
    expect(servableM(state, openai, share('dealmaker'))).toBeGreaterThanOrEqual(10_000);
    expect(servableM(state, openai, share('builder'))).toBeLessThan(10_000);
  });

  it('no longer bends the split once the objective is met', () => {
    const met = structuredClone(state);
    const lab = met.companies.openai as CompanyState;
    lab.objectivesMet['run-rate-40b'] = 7;
    expect(trainingShare(met, lab, TRAITS.financier) ?? lab.trainingShareBp).toBeGreaterThan(
      share('financier'),
    );
  });
});
