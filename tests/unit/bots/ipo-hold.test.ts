/**
 * Listing for the objective: the sandbox's labs win by listing at $1T or more, judged at the listing. With
 * the IPO window open and OpenAI valued within reach of the bar (halfway from where the financier starts
 * to hold to $1T), the financier and the dealmaker
 * hold the listing and the builder lists (it wants the money for capacity); far below the bar, at the bar,
 * or once the objective is no longer pending, every personality lists.
 */
import { describe, expect, it } from 'vitest';
import { botRng, decideTurn, TRAITS } from '../../../src/bots';
import { ipoOpen, listsNow } from '../../../src/bots/money';
import type { BotPersonality, CompanyState, GameState } from '../../../src/core';
import { bot, start } from './helpers';

const BAR_M = 1_000_000;
const WITHIN_REACH_M = Math.floor((BAR_M * (10_000 + TRAITS.financier.holdListingFromBp)) / 20_000);

/** The sandbox's first quarter with OpenAI (the first seat) valued at `valuationM` and the window open. */
function openWindow(valuationM: number): GameState {
  const state = structuredClone(
    start('arms-race-sandbox', [
      ['openai', bot('financier')],
      ['aws', bot('financier')],
    ]),
  );
  const openai = state.companies.openai as CompanyState;
  openai.valuationM = valuationM;
  openai.valuation.revenueRunRateM = 60_000;
  state.market.sentimentBp = 10_500;
  return state;
}

const lists = (state: GameState, personality: BotPersonality) =>
  decideTurn(state, 'openai', botRng(state, 'openai'), personality).some((a) => a.type === 'finance/ipo');

describe('a lab with an IPO objective pending', () => {
  it('within reach of the bar: the financier and the dealmaker hold the listing, the builder lists', () => {
    const state = openWindow(WITHIN_REACH_M);
    expect(ipoOpen(state, state.companies.openai as CompanyState)).toBe(true);
    expect(lists(state, 'financier')).toBe(false);
    expect(lists(state, 'dealmaker')).toBe(false);
    expect(lists(state, 'builder')).toBe(true);
  });

  it('far below the bar, or at it: every personality lists', () => {
    for (const valuationM of [600_000, BAR_M]) {
      const state = openWindow(valuationM);
      for (const personality of ['financier', 'dealmaker', 'builder'] as const)
        expect(lists(state, personality)).toBe(true);
    }
  });

  it('once the objective is met or out of reach, the hold ends', () => {
    const state = openWindow(WITHIN_REACH_M);
    const openai = state.companies.openai as CompanyState;
    expect(listsNow(state, openai, TRAITS.financier)).toBe(false);
    openai.objectivesMet['lab-ipo-1t'] = 3;
    expect(listsNow(state, openai, TRAITS.financier)).toBe(true);
    delete openai.objectivesMet['lab-ipo-1t'];
    const withDeadline = structuredClone(state);
    const objective = withDeadline.config.objectives.find((o) => o.id === 'lab-ipo-1t');
    if (!objective) throw new Error('the sandbox has no IPO objective');
    objective.byQuarter = withDeadline.quarter;
    expect(listsNow(withDeadline, withDeadline.companies.openai as CompanyState, TRAITS.financier)).toBe(
      true,
    );
  });
});
