import { describe, expect, it } from 'vitest';
import { botRng, decideTurn, runBotsUntilHuman } from '../../../src/bots';
import { BOT_PERSONALITIES, type BotPersonality, type GameState } from '../../../src/core';
import { allSeats, start } from './helpers';

interface Profile {
  firstProgrammeQuarter: number;
  proposals: number;
  dealsSigned: number;
  debtRaisedM: number;
  repayments: number;
  dataCenterMw: number;
}

/** One whole game of test-arena with every seat played by the same personality, summed over the seats. */
function profile(personality: BotPersonality): Profile {
  const run = runBotsUntilHuman(start('test-arena', allSeats(personality), 2));
  const companies = Object.values(run.state.companies);
  const ok = run.moves.filter((m) => m.ok).map((m) => m.action);
  return {
    firstProgrammeQuarter: Math.min(...companies.flatMap((c) => c.programmes.map((p) => p.startedQuarter))),
    proposals: companies.reduce((sum, c) => sum + c.record.proposed, 0),
    dealsSigned: companies.reduce((sum, c) => sum + c.record.signed, 0),
    debtRaisedM: ok.reduce((sum, a) => sum + (a.type === 'finance/borrow' ? a.amountM : 0), 0),
    repayments: ok.filter((a) => a.type === 'finance/repay').length,
    dataCenterMw:
      ok.reduce((sum, a) => sum + (a.type === 'datacenter/build' ? a.mw : 0), 0) /
      Math.max(1, ok.filter((a) => a.type === 'datacenter/build').length),
  };
}

describe('the three personalities play visibly differently', () => {
  const profiles = Object.fromEntries(BOT_PERSONALITIES.map((p) => [p, profile(p)])) as Record<
    BotPersonality,
    Profile
  >;
  const { builder, financier, dealmaker } = profiles;

  it('the builder builds the largest data centers, starts its in-house chips at once, and borrows', () => {
    expect(builder.dataCenterMw).toBeGreaterThan(financier.dataCenterMw * 1.3);
    expect(builder.firstProgrammeQuarter).toBe(0);
    expect(financier.firstProgrammeQuarter).toBeGreaterThan(dealmaker.firstProgrammeQuarter);
    expect(dealmaker.firstProgrammeQuarter).toBeGreaterThan(builder.firstProgrammeQuarter);
    expect(builder.debtRaisedM).toBeGreaterThan(dealmaker.debtRaisedM);
  });

  it('the dealmaker proposes and signs the most deals', () => {
    expect(dealmaker.proposals).toBeGreaterThan(builder.proposals * 1.5);
    expect(dealmaker.proposals).toBeGreaterThan(financier.proposals * 1.2);
    expect(dealmaker.dealsSigned).toBeGreaterThan(builder.dealsSigned * 1.5);
    expect(dealmaker.dealsSigned).toBeGreaterThan(financier.dealsSigned * 1.2);
  });

  it('the financier avoids debt and repays what it has', () => {
    expect(financier.debtRaisedM).toBe(0);
    expect(financier.repayments).toBeGreaterThan(0);
    expect(builder.repayments).toBe(0);
  });

  it('from the very same state, each personality chooses its own moves', () => {
    const state: GameState = start('test-arena', allSeats('builder'), 3);
    const seat = state.seats[state.activeSeat]?.companyId ?? '';
    const plans = BOT_PERSONALITIES.map((p) =>
      JSON.stringify(decideTurn(state, seat, botRng(state, seat), p)),
    );
    expect(new Set(plans).size).toBe(3);
  });
});
