import { describe, expect, it } from 'vitest';
import { answerOpenProposals, answerProposal, runBotsUntilHuman } from '../../../src/bots';
import { BOT_PERSONALITIES, type BotPersonality, type GameState, step, type Term } from '../../../src/core';
import { bot, human, start } from './helpers';

/** Test arena with a bot lab (Frontier) and a human cloud (Nimbus) who proposes to it. */
function table(personality: BotPersonality): GameState {
  const state = start('test-arena', [
    ['frontier', bot(personality)],
    ['nimbus', human()],
  ]);
  return runBotsUntilHuman(state).state; // the bot plays its first turn; now the human is to act
}

function propose(state: GameState, terms: Term[]): { state: GameState; dealId: number } {
  const result = step(state, { type: 'deal/propose', seat: 'nimbus', to: 'frontier', terms });
  if (!result.ok) throw new Error(result.error.message);
  return { state: result.state, dealId: result.state.deals.at(-1)?.id ?? -1 };
}

const commitment = (cuPerQuarter: number, pricePerCu: number, quarters: number): Term[] => [
  { kind: 'computeCommitment', provider: 'nimbus', buyer: 'frontier', cuPerQuarter, pricePerCu, quarters },
];

describe('bots answer a human’s proposal on its merits, with a one-line reason', () => {
  it.each(BOT_PERSONALITIES)('%s refuses a deal that would ruin it, and says why', (personality) => {
    // 800,000 CU a quarter at $30,000 for 20 quarters: $24B a quarter against $30B of cash.
    const { state, dealId } = propose(table(personality), commitment(800_000, 30_000, 20));
    const answer = answerProposal(state, 'frontier', dealId);
    expect(answer.action).toMatchObject({ type: 'deal/refuse', seat: 'frontier', dealId });
    expect(answer.reason).toMatch(/^Refused: it would leave us \$[\d.]+[BT] short by 20\d\d Q\d/);
    expect(answer.reason).not.toContain('\n');
  });

  it.each(['builder', 'dealmaker'] as const)(
    '%s accepts a fair deal: compute it needs at the market price',
    (personality) => {
      const before = table(personality);
      const { state, dealId } = propose(before, commitment(150_000, before.market.spotPricePerCu, 4));
      const answer = answerProposal(state, 'frontier', dealId);
      expect(answer.action).toEqual({ type: 'deal/accept', seat: 'frontier', dealId });
      expect(answer.reason).toMatch(/^Accepted: worth about \+\$[\d.]+[MBT] to us .*150,000 CU a quarter/);
    },
  );

  it('the financier takes a deal with a margin in it, and counters a merely fair one', () => {
    const before = table('financier');
    const fair = propose(before, commitment(150_000, before.market.spotPricePerCu, 4));
    expect(answerProposal(fair.state, 'frontier', fair.dealId).action?.type).toBe('deal/counter');
    const cheap = propose(before, commitment(150_000, Math.floor(before.market.spotPricePerCu * 0.8), 4));
    expect(answerProposal(cheap.state, 'frontier', cheap.dealId).action?.type).toBe('deal/accept');
  });

  it('counters an overpriced offer with a lower price, and the counter is a legal proposal back', () => {
    const { state, dealId } = propose(table('dealmaker'), commitment(150_000, 9_000, 4));
    const answer = answerProposal(state, 'frontier', dealId);
    expect(answer.action?.type).toBe('deal/counter');
    const terms = answer.action?.type === 'deal/counter' ? answer.action.terms : [];
    expect(terms[0]).toMatchObject({ kind: 'computeCommitment', cuPerQuarter: 150_000, quarters: 4 });
    expect((terms[0] as { pricePerCu: number }).pricePerCu).toBeLessThan(9_000);
    expect(answer.reason).toMatch(/^Countering: .* we offer \$[\d,]+ per CU\.$/);
    const applied = answerOpenProposals(state);
    expect(applied.moves.map((m) => m.ok)).toEqual([true]);
    expect(applied.state.deals.find((d) => d.id === dealId)?.status).toBe('countered');
    expect(applied.state.deals.at(-1)).toMatchObject({ from: 'frontier', to: 'nimbus', status: 'proposed' });
  });

  it('the driver applies the answers: the ruinous deal ends refused with the reason on record', () => {
    const { state, dealId } = propose(table('builder'), commitment(800_000, 30_000, 20));
    const applied = answerOpenProposals(state);
    const deal = applied.state.deals.find((d) => d.id === dealId);
    expect(deal?.status).toBe('refused');
    expect(deal?.reason).toMatch(/short by/);
  });

  it('only answers for seats the computer plays', () => {
    const { state, dealId } = propose(table('builder'), commitment(150_000, 5_000, 4));
    expect(answerProposal(state, 'nimbus', dealId)).toEqual({
      action: null,
      reason: 'Nimbus Cloud is not played by the computer.',
    });
  });
});
