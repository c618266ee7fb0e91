import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playBotTurn } from '../../../src/bots';
import { type GameState, newGame, refusalOf, step } from '../../../src/core';

const sandbox = () =>
  JSON.parse(readFileSync(new URL('../../../levels/arms-race-sandbox.json', import.meta.url), 'utf8'));

/** OpenAI is a person who only ends turns, so the bots' proposals to it stay open. */
function game(seed: number): GameState {
  const level = sandbox();
  const personalities = ['builder', 'financier', 'dealmaker'] as const;
  const seats = level.companies.map((c: { id: string }, i: number) => ({
    companyId: c.id,
    controller:
      c.id === 'openai'
        ? { kind: 'human', name: 'Ada' }
        : { kind: 'bot', personality: personalities[(i + seed) % 3] },
  }));
  const created = newGame({ level, seats, seed });
  if (!created.ok) throw new Error(created.error.message);
  return created.state;
}

/** The person answers each event with its first option, then ends the turn. */
function personEndsTurn(state: GameState): GameState {
  let now = state;
  for (const pending of now.companies.openai?.pendingChoices ?? []) {
    const option = now.config.events.find((e) => e.id === pending.eventId)?.choice?.options[0];
    const chosen = step(now, {
      type: 'event/choose',
      seat: 'openai',
      eventId: pending.eventId,
      optionId: option?.id ?? '',
    });
    if (!chosen.ok) throw new Error(chosen.error.message);
    now = chosen.state;
  }
  const ended = step(now, { type: 'turn/end', seat: 'openai' });
  if (!ended.ok) throw new Error(ended.error.message);
  return ended.state;
}

describe('refusalOf', () => {
  it('says of every answer to a proposal what step says, refusal or not, through played games', () => {
    const seen = { accepted: 0, refused: 0 };
    for (const seed of [1, 2]) {
      let state = game(seed);
      for (let turn = 0; turn < 60 && state.phase === 'acting'; turn++) {
        // Every open proposal, answered by every company (the recipient and the others), and a deal
        // that does not exist.
        const ids = [...state.deals.filter((d) => d.status === 'proposed').map((d) => d.id), 9999];
        for (const dealId of ids)
          for (const seat of state.seats) {
            const action = { type: 'deal/accept' as const, seat: seat.companyId, dealId };
            const stepped = step(state, action);
            expect(refusalOf(state, action)).toEqual(stepped.ok ? null : stepped.error);
            seen[stepped.ok ? 'accepted' : 'refused']++;
          }
        const seat = state.seats[state.activeSeat]?.companyId ?? '';
        state = seat === 'openai' ? personEndsTurn(state) : playBotTurn(state, seat).state;
      }
    }
    // Both kinds were met, many times: answers the rules take and answers they refuse.
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it('gives step’s sentence for other actions and for malformed input', () => {
    const state = game(1);
    for (const input of [
      { type: 'nonsense' },
      { type: 'turn/end', seat: 'nobody' },
      { type: 'turn/end', seat: 'aws' },
    ]) {
      const stepped = step(state, input);
      expect(refusalOf(state, input)).toEqual(stepped.ok ? null : stepped.error);
    }
    expect(refusalOf(state, { type: 'turn/end', seat: state.seats[0]?.companyId })).toBeNull();
  });
});
