/**
 * The listing's price: an IPO is priced as an equity round of the float's proceeds, so a lab that kept
 * raising just before it lists, lists cheaper, and the IPO objective is judged at that price.
 */
import { describe, expect, it } from 'vitest';
import { type GameState, step } from '../../../src/core';
import { listingPrice } from '../../../src/core/model/ipo-price';
import { roundPrice } from '../../../src/core/model/round-price';
import { act, companyOf, finishQuarter, patch, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

// Tiny level: Lab A valued at $31B, a 10% float, neutral sentiment; its IPO objective is $50B.
const FLOAT_SIZE_BP = 555; // the float is 11.1% of the valuation: 0.5% off per 1% raised

/** Quarter 5 of the tiny level with Lab A valued at `valuationM`, after rounds in `roundQuarters`. */
function readyToList(valuationM: number, roundQuarters: number[] = [], sentimentBp = 10000): GameState {
  return patch(startGame(tinyLevel(), ['lab-a', 'cloud-a']), (draft) => {
    draft.quarter = 5;
    draft.market.sentimentBp = sentimentBp;
    draft.config.market.ipo.minValuationM = 0;
    const lab = draft.companies['lab-a'];
    if (!lab) return;
    lab.valuationM = valuationM;
    lab.equityRoundQuarters = roundQuarters;
  });
}

const priceOf = (state: GameState) => listingPrice(state, companyOf(state, 'lab-a'));

describe("the listing's price", () => {
  it("is the price of a round of the float's proceeds", () => {
    const state = readyToList(60_000);
    const lab = companyOf(state, 'lab-a');
    const asRound = roundPrice(lab, Math.round((60_000 * 1000) / 9000), 5, 10000);
    expect(priceOf(state)).toEqual({
      discountBp: asRound.discountBp,
      parts: asRound.parts,
      listingValuationM: asRound.preMoneyM,
      proceedsM: Math.round((asRound.preMoneyM * 1000) / 9000), // price × float / (1 − float)
    });
    expect(asRound.discountBp).toBe(FLOAT_SIZE_BP);
  });

  it('grows by 6% for each round in the last year, a round of the listing quarter included', () => {
    const discounts = [[], [4], [3, 4], [1, 2, 3, 4], [1, 2, 3, 4, 5]].map(
      (rounds) => priceOf(readyToList(60_000, rounds)).discountBp,
    );
    expect(discounts).toEqual([0, 1, 2, 4, 5].map((n) => FLOAT_SIZE_BP + 600 * n));
    // A round five quarters ago has aged out.
    expect(priceOf(readyToList(60_000, [0])).discountBp).toBe(FLOAT_SIZE_BP);
  });

  it('adds half the sentiment shortfall below neutral, and 10% for shrinking revenue', () => {
    expect(priceOf(readyToList(60_000, [], 9000)).discountBp).toBe(FLOAT_SIZE_BP + 500);
    const shrinking = patch(readyToList(60_000), (draft) => {
      const lab = draft.companies['lab-a'];
      if (lab) lab.valuation.growthBp = -100;
    });
    expect(priceOf(shrinking).discountBp).toBe(FLOAT_SIZE_BP + 1000);
  });

  it('never prices a round more than 60% below the valuation, and says when the cap applies', () => {
    const lab = companyOf(readyToList(60_000, [1, 2, 3, 4, 5], 8000), 'lab-a');
    const huge = roundPrice(lab, 60_000, 5, 8000); // 100% of the valuation: 50% for its size alone
    expect(huge.discountBp).toBe(6000);
    expect(huge.parts).toMatchObject({ sizeBp: 5000, repeatRounds: 5, repeatBp: 3000, capped: true });
    expect(priceOf(readyToList(60_000)).parts.capped).toBe(false);
  });

  it('sells the float at that price and says the price and the discount', () => {
    const state = readyToList(60_000, [3, 4]);
    const price = priceOf(state);
    const before = companyOf(state, 'lab-a');
    const result = step(state, { type: 'finance/ipo', seat: 'lab-a' });
    if (!result.ok) throw new Error(result.error.message);
    const lab = companyOf(result.state, 'lab-a');
    expect(lab.ipoValuationM).toBe(price.listingValuationM);
    expect(lab.cashM).toBe(before.cashM + price.proceedsM);
    expect(lab.totals.raisedM).toBe(before.totals.raisedM + price.proceedsM);
    expect(lab.capTable['Public shareholders']).toBe(1000);
    expect(result.log[0]).toContain(
      "listed at a $49.5B valuation, priced 17.6% below its $60B market valuation (5.6% for the float's size, 12% for 2 rounds in the last year)",
    );
  });

  it('judges the IPO objective at the price: valued above the bar, priced below it, not met', () => {
    const objectiveMet = (valuationM: number, rounds: number[]) => {
      const listed = act(readyToList(valuationM, rounds), { type: 'finance/ipo', seat: 'lab-a' });
      return companyOf(finishQuarter(listed).state, 'lab-a').objectivesMet['lab-ipo'] !== undefined;
    };
    // $52B lists at $49.1B with no recent round (below the $50B bar), $53B at $50.1B.
    expect(objectiveMet(52_000, [])).toBe(false);
    expect(objectiveMet(53_000, [])).toBe(true);
    // Two rounds in the last year: $60B lists at $49.5B, below the bar.
    expect(objectiveMet(60_000, [3, 4])).toBe(false);
  });
});
