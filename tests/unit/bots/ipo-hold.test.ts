/**
 * Listing for the objective: the sandbox's labs win by listing at $1T or more, judged at the listing's
 * price (the market valuation less the listing's discount). With the IPO window open and OpenAI's listing
 * priced within reach of the bar (halfway from where the financier starts to hold to $1T), the financier
 * and the dealmaker hold the listing and the builder lists (it wants the money for capacity); far below
 * the bar, at the bar's price, or once the objective is no longer pending, every personality lists.
 */
import { describe, expect, it } from 'vitest';
import { botRng, decideTurn, TRAITS } from '../../../src/bots';
import { ipoOpen, listsNow } from '../../../src/bots/money';
import type { BotPersonality, CompanyState, GameState } from '../../../src/core';
import { listingPrice } from '../../../src/core/model/ipo-price';
import { bot, start } from './helpers';

const BAR_M = 1_000_000;
const WITHIN_REACH_M = Math.floor((BAR_M * (10_000 + TRAITS.financier.holdListingFromBp)) / 20_000);

/**
 * The sandbox's first quarter with the IPO window open and OpenAI (the first seat) valued so that its
 * listing would be priced at `listingM`, after `rounds` equity rounds in the last year.
 */
function openWindow(listingM: number, rounds = 0): GameState {
  const state = structuredClone(
    start('arms-race-sandbox', [
      ['openai', bot('financier')],
      ['aws', bot('financier')],
    ]),
  );
  state.quarter = 8;
  const openai = state.companies.openai as CompanyState;
  openai.equityRoundQuarters = [7, 6, 5, 4].slice(0, rounds);
  openai.valuation.revenueRunRateM = 60_000;
  state.market.sentimentBp = 10_500;
  // The discount does not depend on the valuation's level (the float is a fixed share of it).
  const { discountBp } = listingPrice(state, openai);
  openai.valuationM = Math.ceil((listingM * 10_000) / (10_000 - discountBp));
  expect(listingPrice(state, openai).listingValuationM).toBeGreaterThanOrEqual(listingM);
  expect(listingPrice(state, openai).listingValuationM).toBeLessThan(listingM + 2);
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

  it('far below the bar, or priced at it: every personality lists', () => {
    for (const listingM of [600_000, BAR_M]) {
      const state = openWindow(listingM);
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

  it('judges the listing by its price: valued above the bar but priced below it, the holders wait', () => {
    const state = openWindow(BAR_M - 1_000); // priced $1B below the bar
    const openai = state.companies.openai as CompanyState;
    expect(openai.valuationM).toBeGreaterThan(BAR_M);
    expect(lists(state, 'financier')).toBe(false);
    expect(lists(state, 'dealmaker')).toBe(false);
    expect(lists(state, 'builder')).toBe(true);
  });

  it("judges reach by the price once the last year's rounds have aged out", () => {
    // Four rounds in the last year take 24% off the price: far below the bar today, within reach of it
    // once they age out, so the holders wait rather than list at the repeat rounds' discount.
    const state = openWindow(700_000, 4);
    const openai = state.companies.openai as CompanyState;
    const clean = listingPrice(state, { ...openai, equityRoundQuarters: [] });
    expect(listingPrice(state, openai).discountBp - clean.discountBp).toBe(4 * 600);
    expect(clean.listingValuationM).toBeGreaterThanOrEqual(
      (BAR_M * TRAITS.financier.holdListingFromBp) / 10_000,
    );
    expect(clean.listingValuationM).toBeLessThan(BAR_M);
    expect(lists(state, 'financier')).toBe(false);
    expect(lists(state, 'dealmaker')).toBe(false);
    // Far below even without them: the money now is worth more than a bar years away.
    expect(lists(openWindow(500_000, 4), 'financier')).toBe(true);
  });
});
