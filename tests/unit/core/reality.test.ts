/**
 * The reality check on hand-built games: a game is its states at quarter boundaries, set up directly
 * so each figure's reading, the median, the ratio and the 2× verdict can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { findLevel, levelIds } from '../../../src/cli/levels';
import {
  type Deal,
  type GameState,
  type Level,
  newGame,
  REALITY_FIGURES,
  type RealityRow,
  realityCheck,
  realityLevels,
  type Term,
} from '../../../src/core';
import { cuRevenueM } from '../../../src/core/model/market';
import { patch, startGame } from '../../support/game';

function level(id: string): Level {
  const found = findLevel(id);
  if (!found.ok) throw new Error(found.message);
  return found.level;
}

const HANDSHAKE = level('38-billion-handshake');
const started = newGame({
  level: HANDSHAKE,
  seats: [
    { companyId: 'openai', controller: { kind: 'human', name: 'A' } },
    { companyId: 'aws', controller: { kind: 'human', name: 'B' } },
    { companyId: 'microsoft', controller: { kind: 'bot', personality: 'financier' } },
  ],
  seed: 1,
});
if (!started.ok) throw new Error(started.error.message);
const start = started.state;

/** A game of `quarters` resolved quarters: the start, then a copy per quarter edited by `edit(draft, q)`. */
function game(quarters: number, edit: (draft: GameState, quarter: number) => void = () => {}): GameState[] {
  const states = [start];
  for (let q = 0; q < quarters; q++)
    states.push(
      patch(start, (draft) => {
        draft.quarter = q + 1;
        edit(draft as GameState, q);
      }),
    );
  return states;
}

function signed(id: number, terms: Term[], signedQuarter: number | null = 0): Deal {
  return {
    id,
    from: 'openai',
    to: 'aws',
    terms,
    status: signedQuarter === null ? 'proposed' : 'active',
    proposedQuarter: 0,
    parentId: null,
    round: 1,
    signedQuarter,
    endedQuarter: null,
    progress: [],
    defaultedBy: null,
    terminableBy: null,
    paidBy: {},
    reason: null,
  };
}

const row = (rows: RealityRow[], id: string): RealityRow => {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

/** A game whose OpenAI cap table gives Microsoft `bp` at the end of 2025 (the level starts in 2025 Q1). */
const microsoftAt = (bp: number) =>
  game(4, (draft) => {
    const openai = draft.companies.openai;
    if (!openai) throw new Error('no openai');
    const others = Object.keys(openai.capTable).filter((holder) => holder !== 'microsoft');
    openai.capTable = { microsoft: bp, [others[0] ?? 'rest']: 10000 - bp };
  });

describe('reality check', () => {
  it("takes the median over games, and judges 'within 2×' from half to twice the source", () => {
    const rows = realityCheck(HANDSHAKE.id, [microsoftAt(2700), microsoftAt(1350), microsoftAt(5400)]);
    expect(row(rows, 'microsoft-stake')).toMatchObject({
      gameValue: 2700,
      gamesMeasured: 3,
      games: 3,
      sourceValue: 2700,
      ratioBp: 10000,
      within2x: true,
    });
    expect(row(realityCheck(HANDSHAKE.id, [microsoftAt(1350)]), 'microsoft-stake')).toMatchObject({
      ratioBp: 5000,
      within2x: true,
    });
    expect(row(realityCheck(HANDSHAKE.id, [microsoftAt(1300)]), 'microsoft-stake')).toMatchObject({
      ratioBp: 4815,
      within2x: false,
    });
    // Even count: the two middle values' mean, rounded down.
    expect(
      row(realityCheck(HANDSHAKE.id, [microsoftAt(2000), microsoftAt(2701)]), 'microsoft-stake').gameValue,
    ).toBe(2350);
  });

  it('counts only signed commitments, from the named provider, over their whole term', () => {
    const toAws: Term = {
      kind: 'computeCommitment',
      provider: 'aws',
      buyer: 'openai',
      cuPerQuarter: 1_000_000,
      pricePerCu: 2500,
      quarters: 8,
    };
    const toOracle: Term = { ...toAws, provider: 'oracle' };
    const states = game(2, (draft, q) => {
      if (q === 1)
        draft.deals = [
          signed(1, [toAws, { ...toAws, quarters: 4 }]),
          signed(2, [toAws], null), // a proposal never signed
          signed(3, [toOracle]),
        ];
    });
    const perQuarterM = cuRevenueM(1_000_000, 2500);
    expect(perQuarterM).toBe(2500);
    expect(row(realityCheck(HANDSHAKE.id, [states]), 'aws-commitment').gameValue).toBe(perQuarterM * 12);
  });

  it('sums the new money Amazon and AWS put into OpenAI', () => {
    const equity = (investor: string, amountM: number): Term => ({
      kind: 'equity',
      investor,
      investee: 'openai',
      amountM,
      stakeBp: 100,
    });
    const states = game(1, (draft) => {
      draft.deals = [signed(1, [equity('amazon', 10_000)]), signed(2, [equity('aws', 5_000)])];
    });
    expect(row(realityCheck(HANDSHAKE.id, [states]), 'amazon-investment')).toMatchObject({
      gameValue: 15_000,
      ratioBp: 15000,
      within2x: true,
    });
  });

  it('measures a listing only in the games where the company listed, and says when none did', () => {
    const trillion = level('1-4-trillion-question');
    const first = startGame(trillion, ['openai']);
    const listed = (valuationM: number): GameState[] => [
      first,
      patch(first, (d) => {
        const openai = d.companies.openai;
        if (openai) openai.valuationM = valuationM * 2; // the market's before listing: not the price
      }),
      patch(first, (d) => {
        const openai = d.companies.openai;
        if (openai) {
          openai.isPublic = true;
          openai.ipoQuarter = 1;
          openai.ipoValuationM = valuationM; // the listing's price
          openai.valuationM = valuationM * 3; // after listing: not the listing price
        }
      }),
    ];
    const never: GameState[] = [first, first, first];
    const rows = realityCheck(trillion.id, [listed(900_000), never, listed(1_100_000)]);
    expect(row(rows, 'openai-ipo-valuation')).toMatchObject({
      gameValue: 1_000_000,
      gamesMeasured: 2,
      games: 3,
      within2x: true,
    });
    expect(row(realityCheck(trillion.id, [never]), 'openai-ipo-valuation')).toMatchObject({
      gameValue: null,
      ratioBp: null,
      within2x: false,
      gamesMeasured: 0,
    });
  });

  it("adds up a year's quarterly revenue, and has no value for a game that ends before the year does", () => {
    const sandbox = level('arms-race-sandbox');
    const first = startGame(sandbox, ['openai', 'aws']);
    const quarterly = [2000, 3000, 3500, 4500];
    const states = [
      first,
      ...quarterly.map((revenueM, q) =>
        patch(first, (d) => {
          d.quarter = q + 1;
          const openai = d.companies.openai;
          if (openai) openai.revenueHistoryM = [...openai.revenueHistoryM.slice(-4), revenueM];
        }),
      ),
    ];
    const rows = realityCheck(sandbox.id, [states]);
    expect(row(rows, 'openai-revenue-2025').gameValue).toBe(13_000);
    expect(row(rows, 'openai-run-rate-2025').gameValue).toBe(18_000);
    expect(row(realityCheck(sandbox.id, [states.slice(0, 3)]), 'openai-revenue-2025').gameValue).toBeNull();
  });

  it("counts OpenAI's CoreWeave contracts signed by the end of 2025, the source's date, and not later ones", () => {
    const circular = level('circular-money'); // starts in 2025 Q3: states[2] is the end of 2025
    const first = startGame(circular, ['openai', 'coreweave']);
    const contract: Term = {
      kind: 'computeCommitment',
      provider: 'coreweave',
      buyer: 'openai',
      cuPerQuarter: 200_000,
      pricePerCu: 5000,
      quarters: 20,
    };
    const deal2025 = { ...signed(1, [contract]), from: 'coreweave', to: 'openai' };
    const deal2026 = { ...signed(2, [{ ...contract, quarters: 8 }], 2), from: 'coreweave', to: 'openai' };
    const states = [
      first,
      patch(first, (d) => {
        d.quarter = 1;
        d.deals = [deal2025];
      }),
      patch(first, (d) => {
        d.quarter = 2;
        d.deals = [deal2025];
      }),
      patch(first, (d) => {
        d.quarter = 3;
        d.deals = [deal2025, deal2026];
      }),
    ];
    const rows = realityCheck(circular.id, [states]);
    expect(row(rows, 'coreweave-contracts').gameValue).toBe(cuRevenueM(200_000, 5000) * 20);
    expect(row(realityCheck(circular.id, [states.slice(0, 2)]), 'coreweave-contracts').gameValue).toBeNull();
  });

  it("gives each level only the figures it models, and every figure's level exists", () => {
    expect(realityCheck(HANDSHAKE.id, [microsoftAt(2700)]).map((r) => r.id)).toEqual([
      'aws-commitment',
      'amazon-investment',
      'microsoft-stake',
    ]);
    expect(realityCheck('test-arena', [microsoftAt(2700)])).toEqual([]);
    const ids = levelIds();
    for (const levelId of realityLevels()) expect(ids).toContain(levelId);
    for (const figure of REALITY_FIGURES) expect(figure.source.length).toBeGreaterThan(10);
  });
});
