/** Each kind of event effect: what it changes, and the sentence players read. */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core';
import { addEvent, moneyBalance, onlyEvent, quietArena, Table } from '../../support/deal-fixtures';

type Card = Level['events'][number];
type Effect = Card['effects'][number];

/** A game whose first quarter opens with one card carrying `effects`, aimed at `target`. */
function opened(effects: Effect[], target: Card['target'] = 'market', edit?: (l: Level) => void) {
  const t = new Table(
    quietArena((l) => {
      edit?.(l);
      addEvent(l, { id: 'card', title: 'The card', target, effects });
    }),
  );
  const fired = t.state.events[0];
  if (!fired) throw new Error('the card did not fire');
  return { t, fired };
}

describe('market-wide effects', () => {
  it('sentiment', () => {
    const { t, fired } = opened([{ kind: 'sentiment', deltaBp: -2500 }]);
    expect(t.state.market.sentimentBp).toBe(11000 - 2500);
    expect(fired.effects).toEqual(['Market sentiment down 25% to 85% of neutral.']);
    expect(fired.targets).toEqual([]);
  });

  it('base rate', () => {
    const { t, fired } = opened([{ kind: 'baseRate', deltaBp: 50 }]);
    expect(t.state.market.baseRateBp).toBe(425);
    expect(fired.effects).toEqual([
      'The base interest rate is now 4.3% (new loans cost more or less; existing loans keep their rate).',
    ]);
  });

  it('model demand and spot demand', () => {
    const { t, fired } = opened([
      { kind: 'modelDemand', changeBp: -500 },
      { kind: 'spotDemand', changeBp: 1000 },
    ]);
    expect(t.state.market.modelDemandM).toBe(7600);
    expect(t.state.market.spotDemandCu).toBe(3_190_000);
    expect(fired.effects).toEqual([
      'Demand for AI models down 5%, to $7.6B a quarter.',
      'Demand for rented compute up 10%.',
    ]);
  });

  it('export controls, grid power and an IPO window', () => {
    const { t, fired } = opened([
      { kind: 'exportControls', regionId: 'gulf', supplyBp: 2500, quarters: 6 },
      { kind: 'regionPower', regionId: 'virginia', mw: 300 },
      { kind: 'ipoWindow', quarters: 3, minSentimentBp: 8000 },
    ]);
    expect(t.state.regulation.exportControls).toEqual([
      { regionId: 'gulf', supplyBp: 2500, untilQuarter: 5, reason: 'The card' },
    ]);
    expect(t.state.regions.virginia?.powerMw).toBe(3300);
    expect(t.state.regulation.ipoWindow).toEqual({ untilQuarter: 2, minSentimentBp: 8000 });
    expect(fired.effects).toEqual([
      'Export controls: only 25% of chip deliveries may enter Gulf states until the end of 2026 Q2.',
      "Northern Virginia's grid can now connect 3300 MW.",
      'An IPO window opens until the end of 2025 Q3: listings need sentiment of only 80% of neutral.',
    ]);
    // Temporary effects end after their last quarter.
    for (let q = 0; q < 3; q++) t.finishQuarter();
    expect(t.state.regulation.ipoWindow).toBeNull();
    for (let q = 0; q < 3; q++) t.finishQuarter();
    expect(t.state.regulation.exportControls).toEqual([]);
  });

  it('a lasting scare shuts the equity window for its quarters, whatever sentiment does', () => {
    const { t, fired } = opened([{ kind: 'equityWindowShut', quarters: 2 }]);
    expect(t.state.market.sentimentBp).toBeGreaterThanOrEqual(10000); // the mood alone would let a round through
    expect(t.state.market.equityShutUntilQuarter).toBe(1);
    expect(fired.effects).toEqual([
      'Investors buy no new shares until the end of 2025 Q2, whatever the mood: no equity round or listing, only a rescue round in distress.',
    ]);
    const raise = { type: 'finance/raiseEquity', seat: 'frontier', amountM: 100 } as const;
    const attempt = t.try(raise);
    expect(attempt.ok ? null : attempt.error.code).toBe('finance/windowShut');
    t.finishQuarter();
    const again = t.try(raise);
    expect(again.ok ? null : again.error.code).toBe('finance/windowShut'); // still shut in its second quarter
    t.finishQuarter();
    expect(t.state.market.equityShutUntilQuarter).toBeNull();
    t.act(raise);
  });

  it('grid delay slows every site still being built in the region', () => {
    const t = new Table(
      quietArena((l) => {
        addEvent(
          l,
          { id: 'card', title: 'The card', effects: [{ kind: 'gridDelay', regionId: 'texas', quarters: 2 }] },
          2,
        );
      }),
    );
    t.act({ type: 'datacenter/build', seat: 'frontier', regionId: 'texas', mw: 500 });
    const site = t.company('frontier').dataCenters.at(-1);
    t.finishQuarter(); // permit granted; two quarters of building to go, then the card adds two
    expect(site?.status).toBe('permitting');
    const after = t.company('frontier').dataCenters.at(-1);
    expect(after).toMatchObject({ status: 'building', quartersToGo: 2 + 2 });
    expect(t.state.events[0]?.effects).toEqual([
      'Grid connections in West Texas slip 2 quarter(s): 1 site(s) under way are delayed.',
    ]);
  });
});

describe('effects on the companies hit', () => {
  it('scrutiny, government relations and a risk discount', () => {
    const { t, fired } = opened(
      [
        { kind: 'scrutiny', delta: 70 },
        { kind: 'govRelations', delta: 10 },
        { kind: 'riskDiscount', bp: 800, quarters: 4 },
      ],
      'leadingLab',
    );
    const frontier = t.company('frontier');
    expect(frontier.scrutiny).toBe(70);
    expect(frontier.govRelations).toBe(10);
    expect(frontier.riskEffects).toEqual([{ bp: 800, untilQuarter: 3, reason: 'The card' }]);
    expect(fired.targets).toEqual(['frontier']);
    expect(fired.effects).toEqual([
      "Frontier AI's regulatory scrutiny rises by 70 to 70.",
      "Frontier AI's government relations now relieve 10 points of scrutiny a quarter.",
      'Investors mark Frontier AI down 8% for 4 quarter(s).',
    ]);
  });

  it('cash in and out, with what cannot be paid owed as an arrear', () => {
    const { t, fired } = opened([{ kind: 'cash', amountM: 1000 }], 'allLabs');
    expect(t.company('frontier').cashM).toBe(31000);
    expect(t.company('meridian').cashM).toBe(11000);
    expect(fired.effects).toEqual(['Frontier AI receives $1B.', 'Meridian Labs receives $1B.']);
    const poor = opened([{ kind: 'cash', amountM: -12000 }], 'allLabs');
    expect(poor.t.company('meridian').cashM).toBe(0);
    expect(poor.t.company('meridian').arrears).toEqual([
      { to: 'ext:government', amountM: 2000, reason: 'The card' },
    ]);
    expect(poor.fired.effects).toEqual([
      'Frontier AI pays $12B.',
      'Meridian Labs pays $12B; $2B of it is owed, and the company is in distress until it pays.',
    ]);
    expect(moneyBalance(poor.t.state)).toBe(0);
    // Owing is distress at once (never arrears without distress), before Meridian's turn comes.
    expect(poor.t.company('meridian').status).toBe('distressed');
  });

  it('a capability jump counts as the training compute it would have taken', () => {
    const { t, fired } = opened([{ kind: 'capability', delta: 25 }], 'leadingLab');
    const frontier = t.company('frontier');
    expect(frontier.capability).toBe(280 + 25);
    expect(frontier.cumulativeTrainingCu).toBeGreaterThan(6_000_000);
    expect(fired.effects).toEqual(["Frontier AI's models jump 25 capability points, to 305."]);
    // A cloud has no models: the effect does nothing to it.
    const cloud = opened([{ kind: 'capability', delta: 25 }], 'largestCloud');
    expect(cloud.fired.effects).toEqual([]);
  });

  it('targets: everyone, all clouds, the largest cloud, the most scrutinised company, a random lab', () => {
    const targets = (target: Card['target']) =>
      opened([{ kind: 'scrutiny', delta: 1 }], target).fired.targets;
    expect(targets('everyone')).toEqual(['frontier', 'meridian', 'nimbus', 'stratus']);
    expect(targets('allClouds')).toEqual(['nimbus', 'stratus']);
    expect(targets('largestCloud')).toEqual(['nimbus']);
    expect(targets('leadingLab')).toEqual(['frontier']);
    expect(['frontier', 'meridian']).toContain(targets('randomLab')[0]);
    expect(targets('randomLab')).toHaveLength(1);
  });
});

describe('a deal offer', () => {
  it('creates a proposal from the partner to the company hit, open until the quarter ends', () => {
    const t = new Table(onlyEvent('cloud-commitment-talks', 1));
    const fired = t.state.events[0];
    const offer = t.lastDeal;
    expect(offer).toMatchObject({
      from: 'orbital',
      to: 'frontier',
      status: 'proposed',
      round: 1,
      parentId: null,
      reason: 'The cloud-commitment talks',
      terms: [
        {
          kind: 'computeCommitment',
          provider: 'orbital',
          buyer: 'frontier',
          cuPerQuarter: 450_000,
          pricePerCu: 3000,
          quarters: 28,
        },
      ],
    });
    expect(fired?.effects).toEqual([
      `Orbital Cloud offers Frontier AI a deal (#${offer.id}); accept, counter or refuse it this quarter.`,
    ]);
    t.act({ type: 'deal/accept', seat: 'frontier', dealId: offer.id });
    expect(t.deal(offer.id).status).toBe('active');
    const before = t.company('frontier').cashM;
    t.finishQuarter();
    expect(t.deal(offer.id).progress[0]?.paidM).toBe(1350); // 450,000 CU × $3,000
    expect(t.company('frontier').cashM).toBeLessThan(before);
  });

  it('says so when the partner cannot make the offer', () => {
    const { fired, t } = opened(
      [
        {
          kind: 'dealOffer',
          partnerId: 'orbital',
          terms: [
            {
              kind: 'computeCommitment',
              provider: '@partner',
              buyer: '@target',
              cuPerQuarter: 700_000,
              pricePerCu: 3000,
              quarters: 4,
            },
          ],
        },
      ],
      'leadingLab',
    );
    expect(t.state.deals).toEqual([]);
    expect(fired.effects).toEqual([
      'Orbital Cloud wanted to make an offer but could not: Orbital Cloud has 600,000 CU a quarter not yet committed; the deal asks for 700,000.',
    ]);
  });
});
