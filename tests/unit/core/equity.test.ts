import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { step } from '../../../src/core';
import { issueShares, stakeForInvestment } from '../../../src/core/model/cap-table';
import { act, companyOf, finishQuarter, patch, refused, startGame, sumValues } from '../../support/game';
import { tinyLevel } from '../../support/levels';

// Tiny level: Lab A starts valued at $31B (Founders 80%, Cloud A 20%); a round may raise up to 20% of
// the valuation; an IPO needs $50B of valuation, a $1B run-rate and sentiment at 90% of neutral.

describe('equity rounds', () => {
  it.each([
    { preM: 31_000, amountM: 2_000, stakeBp: 606 },
    { preM: 9_000, amountM: 1_000, stakeBp: 1000 },
    { preM: 500_000, amountM: 40_000, stakeBp: 740 },
    { preM: 100, amountM: 100, stakeBp: 5000 },
  ])(
    '$amountM into $preM pre-money buys amount / (pre + amount) = $stakeBp bp',
    ({ preM, amountM, stakeBp }) => {
      expect(stakeForInvestment(amountM, preM)).toBe(stakeBp);
    },
  );

  it('brings in the cash and dilutes every holder by the same proportion', () => {
    const start = startGame(tinyLevel());
    const state = act(start, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 2000 });
    const lab = companyOf(state, 'lab-a');
    expect(lab.cashM).toBe(companyOf(start, 'lab-a').cashM + 2000);
    expect(state.cashFlow['lab-a']).toContainEqual({
      label: 'Equity raised',
      amountM: 2000,
      counterparty: 'ext:investors',
    });
    // $2B is 6.45% of the $31B valuation: investors price the round 3.25% below it, at $30.0B pre-money,
    // so they get 625 bp rather than the 606 bp a round at the valuation would buy.
    expect(lab.capTable).toEqual({
      Founders: Math.floor((8000 * (10000 - 625)) / 10000),
      'cloud-a': Math.floor((2000 * (10000 - 625)) / 10000),
      'Round investors, 2025 Q1': 10000 - 7500 - 1875, // the new holder also gets the rounding remainder
    });
    expect(sumValues(lab.capTable)).toBe(10000);
    expect(lab.ownersPpm).toBe(937_500);
  });

  it('says where the discount comes from, each reason with its share', () => {
    const start = patch(startGame(tinyLevel()), (draft) => {
      draft.market.sentimentBp = 8000;
      const lab = draft.companies['lab-a'];
      if (lab) {
        lab.equityRoundQuarters = [-1];
        lab.valuation.growthBp = -50;
      }
    });
    const result = step(start, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 2000 });
    if (!result.ok) throw new Error(result.error.message);
    // 6.5% of the valuation (in tenths of a percent): 3.25% for its size; a round last quarter 6%; a
    // market 20% short of neutral 10%; shrinking revenue 10%.
    expect(result.log).toContain(
      'Investors priced the round 29.3% below the $31B valuation (3.3% for its size, 6% for a round in the last year, 10% for a market below neutral, 10% for shrinking revenue): the owners pay that discount.',
    );
  });

  it("calls a listed company's new investors follow-on investors", () => {
    const state = act(startGame(tinyLevel(), ['cloud-a']), {
      type: 'finance/raiseEquity',
      seat: 'cloud-a',
      amountM: 1000,
    });
    expect(Object.keys(companyOf(state, 'cloud-a').capTable)).toContain('Follow-on investors, 2025 Q1');
  });

  it('refuses a round above the share of valuation investors will buy, and one too small for 1 bp', () => {
    const state = startGame(tinyLevel());
    expect(refused(state, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 6201 })).toEqual({
      code: 'finance/raiseTooLarge',
      message: 'Investors will put in at most 20% of the $31B valuation in one round: $6.2B.',
    });
    expect(refused(state, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 1 }).message).toBe(
      'That raise is too small to issue even 0.01% of the company.',
    );
    act(state, { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 6200 });
  });

  it('keeps every cap table at exactly 10,000 bp whatever is issued', () => {
    const table = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 5000 }),
      { minKeys: 1, maxKeys: 8 },
    );
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 1, max: 9999 }),
        fc.string({ minLength: 1, maxLength: 6 }),
        (raw, newBp, holder) => {
          // Scale the random table to 10,000 first, the way every real cap table starts.
          const capTable: Record<string, number> = {};
          const total = sumValues(raw);
          let given = 0;
          for (const key of Object.keys(raw))
            given += capTable[key] = Math.floor(((raw[key] ?? 0) * 10000) / total);
          const first = Object.keys(capTable)[0] as string;
          capTable[first] = (capTable[first] ?? 0) + 10000 - given;
          const before = { ...capTable };
          issueShares(capTable, holder, newBp);
          expect(sumValues(capTable)).toBe(10000);
          for (const [key, bp] of Object.entries(capTable)) {
            expect(bp).toBeGreaterThan(0);
            if (key !== holder) expect(bp).toBeLessThanOrEqual(before[key] ?? 0);
          }
          expect(capTable[holder] ?? 0).toBeGreaterThanOrEqual(newBp);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the IPO', () => {
  const withIpoRules = (
    rules: Partial<{ minValuationM: number; minRevenueRunRateM: number; minSentimentBp: number }>,
    sentimentBp = 10000,
  ) =>
    startGame(
      tinyLevel((level) => {
        Object.assign(level.market.ipo, rules);
        level.market.sentimentBp = sentimentBp;
      }),
    );

  it.each([
    {
      name: 'valuation too low',
      rules: {},
      sentimentBp: 10000,
      missing: ['a valuation of at least $50B (now $31B)'],
    },
    {
      name: 'run-rate too low',
      rules: { minValuationM: 0, minRevenueRunRateM: 5000 },
      sentimentBp: 10000,
      missing: ['a revenue run-rate of at least $5B (now $2B)'],
    },
    {
      name: 'sentiment too low',
      rules: { minValuationM: 0 },
      sentimentBp: 8000,
      missing: ['market sentiment of at least 90% of neutral (now 80%)'],
    },
    {
      name: 'everything missing',
      rules: { minRevenueRunRateM: 5000 },
      sentimentBp: 8000,
      missing: ['a valuation of at least', 'a revenue run-rate of at least', 'market sentiment of at least'],
    },
  ])('names each missing condition: $name', ({ rules, sentimentBp, missing }) => {
    const error = refused(withIpoRules(rules, sentimentBp), { type: 'finance/ipo', seat: 'lab-a' });
    expect(error.code).toBe('finance/ipoConditions');
    expect(error.message).toMatch(/^The IPO window is shut: it needs /);
    for (const phrase of missing) expect(error.message).toContain(phrase);
    const named = ['valuation of at least', 'run-rate of at least', 'sentiment of at least'].filter((p) =>
      error.message.includes(p),
    );
    expect(named).toHaveLength(missing.length);
  });

  it('lists the company at the price of a round of its float, sells the float and books the proceeds', () => {
    const start = withIpoRules({ minValuationM: 0 });
    const result = step(start, { type: 'finance/ipo', seat: 'lab-a' });
    if (!result.ok) throw new Error(result.error.message);
    const lab = companyOf(result.state, 'lab-a');
    // The float (10% after listing) is worth 11.1% of the $31B valuation: a round that size is priced
    // 5.55% below it (0.5% per 1% raised), and the public pays that price for 10% / 90% of it.
    const listingM = Math.round(31_000 * (1 - 0.0555));
    const proceedsM = Math.round((listingM * 1000) / 9000);
    expect(lab).toMatchObject({
      isPublic: true,
      ipoQuarter: 0,
      ipoValuationM: listingM,
      cashM: 10_000 + proceedsM,
    });
    expect(lab.capTable['Public shareholders']).toBe(1000);
    expect(sumValues(lab.capTable)).toBe(10000);
    expect(result.log[0]).toBe(
      "Lab A listed at a $29.3B valuation, priced 5.6% below its $31B market valuation (5.6% for the float's size), selling 10% of the company to the public for $3.3B: the owners pay that discount.",
    );
    expect(refused(result.state, { type: 'finance/ipo', seat: 'lab-a' }).code).toBe('finance/alreadyPublic');
  });

  it('meets the "IPO at a valuation" objective once listed and valued high enough', () => {
    const level = tinyLevel((l) => {
      l.market.ipo.minValuationM = 0;
      const objective = l.objectives.find((o) => o.id === 'lab-ipo');
      if (objective) objective.amount = 10_000;
    });
    const unlisted = finishQuarter(startGame(level));
    expect(companyOf(unlisted.state, 'lab-a').objectivesMet['lab-ipo']).toBeUndefined();
    const listed = finishQuarter(act(startGame(level), { type: 'finance/ipo', seat: 'lab-a' }));
    expect(companyOf(listed.state, 'lab-a').valuationM).toBeGreaterThanOrEqual(10_000);
    expect(companyOf(listed.state, 'lab-a').objectivesMet['lab-ipo']).toBe(0);
    expect(listed.report.headlines).toContain('Lab A met an objective: List the lab.');
  });
});
