/**
 * Deals the sources describe between two seats (circular-money: CoreWeave's $22.4B of contracts and
 * $350M of equity for OpenAI) are offered by the bot in the offering seat, never forced: the other side
 * decides, and a human in the offering seat is left to offer it or not.
 */
import { describe, expect, it } from 'vitest';
import { runBotsUntilHuman } from '../../../src/bots';
import { type GameState, parseLevel, step } from '../../../src/core';
import { cuRevenueM } from '../../../src/core/model/market';
import { bot, human, level, start } from './helpers';

const isContracts = (deal: GameState['deals'][number]) =>
  deal.from === 'coreweave' && deal.to === 'openai' && deal.terms.length === 4;

/** Plays the bots on, and returns the state right after CoreWeave's first offer of the contracts (or null). */
function untilOffered(state: GameState): GameState | null {
  let offered: GameState | null = null;
  runBotsUntilHuman(state, {
    onStep: (action, result) => {
      if (!offered && action.type === 'deal/propose' && result.state.deals.some(isContracts))
        offered = result.state;
    },
  });
  return offered;
}

function endTurn(state: GameState, seat: string): GameState {
  const result = step(state, { type: 'turn/end', seat });
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

describe("CoreWeave's contracts (a source deal between two seats)", () => {
  it('are offered by a CoreWeave bot in the first quarter, at $22.4B and a stake priced at its valuation', () => {
    let state = start('circular-money', [
      ['openai', human()],
      ['coreweave', bot('dealmaker')],
    ]);
    state = untilOffered(endTurn(state, 'openai')) ?? state;
    expect(state.quarter).toBe(0);
    const offer = state.deals.find(isContracts);
    expect(offer?.status).toBe('proposed');
    const terms = offer?.terms ?? [];
    const totalM = terms.reduce(
      (sum, t) =>
        sum + (t.kind === 'computeCommitment' ? cuRevenueM(t.cuPerQuarter, t.pricePerCu) * t.quarters : 0),
      0,
    );
    expect(totalM).toBe(22_400);
    const equity = terms.find((t) => t.kind === 'equity');
    const valuation = state.companies.coreweave?.valuationM ?? 0;
    expect(equity).toMatchObject({ investor: 'openai', investee: 'coreweave', amountM: 350 });
    expect(equity?.kind === 'equity' && equity.stakeBp).toBe(Math.ceil((350 * 10000) / (valuation + 350)));

    // OpenAI refuses (out of turn, as a recipient may): nothing is signed, and CoreWeave does not offer
    // it again in the next two quarters.
    const refused = step(state, {
      type: 'deal/refuse',
      seat: 'openai',
      dealId: offer?.id ?? -1,
      reason: 'No.',
    });
    if (!refused.ok) throw new Error(refused.error.message);
    state = runBotsUntilHuman(refused.state).state;
    for (let q = 0; q < 2; q++) state = runBotsUntilHuman(endTurn(state, 'openai')).state;
    expect(state.quarter).toBe(3); // CoreWeave has played quarters 1 and 2 since
    expect(state.deals.filter(isContracts)).toHaveLength(1);
    expect(state.companies.coreweave?.capTable.openai).toBeUndefined();
  });

  it('are not offered for a human CoreWeave: the seat decides', () => {
    let state = start('circular-money', [
      ['openai', bot('dealmaker')],
      ['coreweave', human()],
    ]);
    state = runBotsUntilHuman(state).state;
    state = endTurn(state, 'coreweave');
    state = runBotsUntilHuman(state).state;
    expect(state.quarter).toBe(1);
    expect(state.deals.some(isContracts)).toBe(false);
  });

  it('may name only their two companies, reported with the path', () => {
    const edited = structuredClone(level('circular-money'));
    const source = edited.sourceDeals?.[0];
    if (!source) throw new Error('no source deal');
    source.terms.push({ kind: 'cash', payer: 'openai', payee: 'nvidia', amountM: 5 });
    source.window = { from: 3, to: 2 };
    const parsed = parseLevel(edited);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).toContain("sourceDeals[0].terms[4]: may only name the deal's two companies");
    expect(paths).toContain('sourceDeals[0].window.from: must not be after its "to"');
  });
});
