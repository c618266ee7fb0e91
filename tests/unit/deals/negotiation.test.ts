/** Proposals, counters, answers and expiry: the negotiation protocol around the terms. */
import { describe, expect, it } from 'vitest';
import { MAX_NEGOTIATION_ROUNDS } from '../../../src/core';
import { companyReport, quietArena, Table, terms } from '../../support/deal-fixtures';

const offer = (price: number) => [terms.compute('nimbus', 'frontier', 200_000, price, 4)];

describe('counters', () => {
  it('link to the proposal they answer, alternate the sides and count the rounds', () => {
    const t = new Table(quietArena());
    const opening = t.propose('frontier', 'nimbus', offer(2000));
    const second = t.counter('nimbus', opening, offer(3000));
    expect(t.lastLog[0]).toBe(`Countered deal #${opening} with deal #${second} (round 2).`);
    expect(t.deal(opening).status).toBe('countered');
    expect(t.deal(second)).toMatchObject({
      from: 'nimbus',
      to: 'frontier',
      parentId: opening,
      round: 2,
      status: 'proposed',
    });
    const third = t.counter('frontier', second, offer(2500));
    expect(t.deal(third)).toMatchObject({ from: 'frontier', to: 'nimbus', parentId: second, round: 3 });
    // The countered offer can no longer be answered.
    expect(t.refused({ type: 'deal/accept', seat: 'nimbus', dealId: opening }).code).toBe('deal/notOpen');
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: third });
    expect(t.deal(third).status).toBe('active');
  });

  it(`stop at ${MAX_NEGOTIATION_ROUNDS} rounds: deal/tooManyRounds`, () => {
    const t = new Table(quietArena());
    let id = t.propose('frontier', 'nimbus', offer(2000));
    for (let round = 2; round <= MAX_NEGOTIATION_ROUNDS; round++) {
      const seat = t.deal(id).to;
      id = t.counter(seat, id, offer(2000 + round * 100));
      expect(t.deal(id).round).toBe(round);
    }
    const error = t.refused({ type: 'deal/counter', seat: t.deal(id).to, dealId: id, terms: offer(9999) });
    expect(error).toEqual({
      code: 'deal/tooManyRounds',
      message: `This negotiation has run ${MAX_NEGOTIATION_ROUNDS} rounds; accept or refuse the last offer.`,
    });
    expect(() => t.act({ type: 'deal/accept', seat: t.deal(id).to, dealId: id })).not.toThrow();
  });

  it('are checked like proposals: the counterer cannot promise what it does not have', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', offer(2000));
    const error = t.refused({
      type: 'deal/counter',
      seat: 'nimbus',
      dealId: id,
      terms: [terms.compute('nimbus', 'frontier', 900_000, 2000, 4)],
    });
    expect(error.code).toBe('deal/notEnoughCapacity');
    expect(t.deal(id).status).toBe('proposed');
  });
});

describe('answers', () => {
  it('come only from the recipient: deal/notRecipient', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', offer(2000));
    for (const action of [
      { type: 'deal/accept', seat: 'stratus', dealId: id },
      { type: 'deal/refuse', seat: 'frontier', dealId: id },
      { type: 'deal/counter', seat: 'meridian', dealId: id, terms: offer(1) },
    ] as const) {
      const error = t.refused(action);
      expect(error.code).toBe('deal/notRecipient');
    }
    expect(t.refused({ type: 'deal/accept', seat: 'stratus', dealId: id }).message).toBe(
      `Deal #${id} was offered to Nimbus Cloud, not to Stratus Cloud.`,
    );
    expect(t.refused({ type: 'deal/accept', seat: 'nimbus', dealId: 999 }).code).toBe('deal/unknown');
  });

  it('may be given out of turn and cost no management attention', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', offer(2000));
    expect(t.active).toBe('frontier');
    expect(t.state.attentionUsed).toBe(1); // proposing is a major action
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    expect(t.active).toBe('frontier');
    expect(t.state.attentionUsed).toBe(1);
    // Other actions out of turn are still refused.
    expect(t.refused({ type: 'deal/propose', seat: 'nimbus', to: 'frontier', terms: offer(1) }).code).toBe(
      'turn/notYourTurn',
    );
  });

  it('a refusal is recorded with its reason against the proposer', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', offer(2000));
    expect(t.act({ type: 'deal/refuse', seat: 'nimbus', dealId: id, reason: 'Too cheap.' })).toEqual([
      `Nimbus Cloud refused deal #${id}: Too cheap.`,
    ]);
    expect(t.deal(id)).toMatchObject({ status: 'refused', reason: 'Too cheap.' });
    expect(t.company('frontier').record).toMatchObject({ proposed: 1, refused: 1, signed: 0 });
    expect(t.refused({ type: 'deal/accept', seat: 'nimbus', dealId: id }).code).toBe('deal/notOpen');
  });
});

describe('proposals expire at the end of the quarter', () => {
  it('an unanswered proposal lapses when the quarter resolves, and both sides are told', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', offer(2000));
    const report = t.finishQuarter();
    expect(t.deal(id)).toMatchObject({ status: 'expired', reason: 'Not answered before the quarter ended.' });
    for (const side of ['frontier', 'nimbus'])
      expect(companyReport(report, side).notes).toContain(`Proposal #${id} expired unanswered.`);
    expect(t.refused({ type: 'deal/accept', seat: 'nimbus', dealId: id })).toEqual({
      code: 'deal/notOpen',
      message: `Deal #${id} is expired; only an open proposal can be answered.`,
    });
  });
});
