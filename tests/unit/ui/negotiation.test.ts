/**
 * The negotiation screen's pure parts: typed text to the rules' terms (and back), the sentences beside
 * bad fields, the live verdict with a real bot on the arms-race sandbox, the regulator's view and the
 * history of rounds.
 */
import { describe, expect, it } from 'vitest';
import { answerProposal } from '../../../src/app/bot-answer';
import { loadLevelFile } from '../../../src/cli/level-file';
import { type GameState, newGame, step, type Term } from '../../../src/core';
import { draftToTerms, fieldKey, termsToDrafts } from '../../../src/ui/negotiation/convert';
import {
  addTerm,
  chooseCounterparty,
  type Draft,
  draftFor,
  emptyDraft,
  getDraft,
  resetDraft,
  type TermDraft,
} from '../../../src/ui/negotiation/draft';
import { negotiationChain, negotiationsBetween } from '../../../src/ui/negotiation/history';
import { describeOutcome } from '../../../src/ui/negotiation/outcome';
import { regulatorView, signedPreview } from '../../../src/ui/negotiation/regulator';
import { deriveVerdict, proposalAction, whatWouldItTake } from '../../../src/ui/negotiation/verdict';

function sandbox(): GameState {
  const file = loadLevelFile('levels/arms-race-sandbox.json');
  if (!file.ok) throw new Error('the sandbox level does not load');
  const started = newGame({
    level: file.level,
    seed: 7,
    seats: [
      { companyId: 'openai', controller: { kind: 'human', name: 'Ada' } },
      { companyId: 'aws', controller: { kind: 'bot', personality: 'builder' } },
      { companyId: 'anthropic', controller: { kind: 'human', name: 'Grace' } },
    ],
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.state;
}

const draftWith = (to: string, ...terms: Omit<TermDraft, 'id'>[]): Draft => ({
  ...emptyDraft(),
  to,
  terms: terms.map((t, i) => ({ ...t, id: i + 1 })),
  nextId: terms.length + 1,
});

/** OpenAI buys take-or-pay compute from AWS: AWS gives it, so it sits in "You get". */
const compute = (price: string, cu = '100000', quarters = '4'): Omit<TermDraft, 'id'> => ({
  kind: 'computeCommitment',
  giver: 'other',
  fields: { cuPerQuarter: cu, pricePerCu: price, quarters },
});

describe('draft to terms', () => {
  const state = sandbox();

  it('turns typed text into the rules’ term, in their units, with the parties by column', () => {
    const result = draftToTerms(
      state,
      'openai',
      draftWith(
        'aws',
        compute('6,000'),
        { kind: 'cash', giver: 'viewer', fields: { amountM: '250' } },
        { kind: 'equity', giver: 'other', fields: { amountM: '1000', stakeBp: '12.5' } },
      ),
    );
    expect(result).toEqual({
      ok: true,
      terms: [
        {
          kind: 'computeCommitment',
          provider: 'aws',
          buyer: 'openai',
          cuPerQuarter: 100_000,
          pricePerCu: 6000,
          quarters: 4,
        },
        { kind: 'cash', payer: 'openai', payee: 'aws', amountM: 250 },
        { kind: 'equity', investor: 'aws', investee: 'openai', amountM: 1000, stakeBp: 1250 },
      ],
    });
  });

  it('puts a sentence beside each bad field and converts nothing', () => {
    const result = draftToTerms(
      state,
      'openai',
      draftWith('aws', compute('6k', '', '41'), {
        kind: 'equity',
        giver: 'other',
        fields: { amountM: '1000', stakeBp: '60' },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      [fieldKey(1, 'cuPerQuarter')]: 'Type the CU per quarter.',
      [fieldKey(1, 'pricePerCu')]: 'The price per CU must be a whole number.',
      [fieldKey(1, 'quarters')]: 'The number of quarters must be from 1 to 40.',
      [fieldKey(2, 'stakeBp')]: 'The stake must be from 0.01% to 49%.',
    });
    expect(result.summary).toBe('Type the CU per quarter.');
    expect(result.partial).toEqual([]);
  });

  it('keeps the terms that parse, so the schedule still draws while a field is fixed', () => {
    const result = draftToTerms(
      state,
      'openai',
      draftWith('aws', compute('oops'), { kind: 'cash', giver: 'viewer', fields: { amountM: '250' } }),
    );
    expect(result).toMatchObject({
      ok: false,
      partial: [{ kind: 'cash', payer: 'openai', payee: 'aws', amountM: 250 }],
    });
  });

  it('asks for a counterparty, then for a term', () => {
    expect(draftToTerms(state, 'openai', emptyDraft())).toMatchObject({
      ok: false,
      summary: 'Choose who the deal is with.',
    });
    expect(draftToTerms(state, 'openai', draftWith('aws'))).toMatchObject({
      ok: false,
      summary: 'Add at least one term to what you give or what you get.',
    });
  });

  it('refuses a choice that is not on offer (a stake in a company the seller does not hold)', () => {
    const result = draftToTerms(
      state,
      'openai',
      draftWith('aws', {
        kind: 'stakeSale',
        giver: 'viewer',
        fields: { companyId: 'google', stakeBp: '1', priceM: '5' },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      problems: { [fieldKey(1, 'companyId')]: 'OpenAI holds no shares in another company it could sell.' },
    });
  });

  it('reads the rules’ terms back into the columns they came from', () => {
    const terms: Term[] = [
      {
        kind: 'computeCommitment',
        provider: 'aws',
        buyer: 'openai',
        cuPerQuarter: 5000,
        pricePerCu: 454,
        quarters: 2,
      },
      { kind: 'equity', investor: 'openai', investee: 'aws', amountM: 10, stakeBp: 1 },
    ];
    const drafts = termsToDrafts('openai', terms);
    expect(drafts).toEqual([
      {
        kind: 'computeCommitment',
        giver: 'other',
        // A commitment that starts now reads back as starting in 0 quarters, and is sent without the field.
        fields: { cuPerQuarter: '5000', pricePerCu: '454', quarters: '2', startsInQuarters: '0' },
      },
      { kind: 'equity', giver: 'viewer', fields: { amountM: '10', stakeBp: '0.01' } },
    ]);
    expect(draftToTerms(state, 'openai', draftWith('aws', ...drafts))).toEqual({ ok: true, terms });
  });

  it('sends a commitment sold forward with its start, and refuses a start beyond the rules’ bound', () => {
    const later = (start: string) =>
      draftToTerms(
        state,
        'openai',
        draftWith('aws', {
          kind: 'computeCommitment',
          giver: 'other',
          fields: { cuPerQuarter: '5000', pricePerCu: '454', quarters: '2', startsInQuarters: start },
        }),
      );
    expect(later('8')).toEqual({
      ok: true,
      terms: [
        {
          kind: 'computeCommitment',
          provider: 'aws',
          buyer: 'openai',
          cuPerQuarter: 5000,
          pricePerCu: 454,
          quarters: 2,
          startsInQuarters: 8,
        },
      ],
    });
    const tooFar = later('17');
    expect(tooFar.ok).toBe(false);
    if (!tooFar.ok) expect(tooFar.summary).toMatch(/^The start must be/);
  });
});

describe('the live verdict, from a real bot on the sandbox', () => {
  const state = sandbox();
  const verdictFor = (price: string, to = 'aws') => {
    const converted = draftToTerms(state, 'openai', draftWith(to, compute(price)));
    if (!converted.ok) throw new Error(converted.summary);
    const action = proposalAction('openai', to, null, converted.terms);
    return deriveVerdict(state, action, to, step(state, action), answerProposal);
  };

  it('a fair price is accepted, a stingy one countered with the bot’s own price', () => {
    const generous = verdictFor('6000');
    const stingy = verdictFor('1');
    expect(generous).toMatchObject({ kind: 'answer', by: 'bot', answer: 'accept', counter: null });
    expect(generous.kind === 'answer' && generous.reason).toMatch(/^Accepted: worth about \+\$/);
    expect(stingy).toMatchObject({ kind: 'answer', by: 'bot', answer: 'counter' });
    if (stingy.kind !== 'answer' || !stingy.counter) throw new Error('no counter');
    const [term] = stingy.counter;
    expect(term).toMatchObject({ kind: 'computeCommitment', provider: 'aws', buyer: 'openai' });
    expect(term?.kind === 'computeCommitment' && term.pricePerCu).toBeGreaterThan(1);
    // "What would it take?": the bot's counters, asked again, settle on terms it would sign.
    const action = proposalAction('openai', 'aws', null, stingy.counter);
    const price = whatWouldItTake(state, action, 'aws', (a) => step(state, a), answerProposal);
    expect(price?.accepted).toBe(true);
    const asked = termsToDrafts('openai', price?.terms ?? [])[0];
    expect(verdictFor(asked?.fields.pricePerCu ?? '')).toMatchObject({ answer: 'accept' });
    expect(Number(asked?.fields.pricePerCu)).toBeLessThan(6000);
  });

  it('says so when the rules refuse, and when a person will answer later', () => {
    expect(verdictFor('6000', 'anthropic')).toMatchObject({ kind: 'rules' });
    const converted = draftToTerms(
      state,
      'openai',
      draftWith('anthropic', { kind: 'cash', giver: 'viewer', fields: { amountM: '5' } }),
    );
    if (!converted.ok) throw new Error(converted.summary);
    const action = proposalAction('openai', 'anthropic', null, converted.terms);
    expect(deriveVerdict(state, action, 'anthropic', step(state, action), answerProposal)).toEqual({
      kind: 'person',
      text: 'Anthropic is played by a person: they will answer on their turn (or after the handover).',
    });
  });

  it('a partner answers by its policy', () => {
    const converted = draftToTerms(state, 'openai', draftWith('coreweave', compute('100')));
    if (!converted.ok) throw new Error(converted.summary);
    const action = proposalAction('openai', 'coreweave', null, converted.terms);
    expect(deriveVerdict(state, action, 'coreweave', step(state, action), answerProposal)).toMatchObject({
      kind: 'answer',
      by: 'partner',
      answer: 'refuse',
    });
  });
});

describe('the regulator’s view and the history', () => {
  const state = sandbox();

  it('shows the scrutiny an exclusivity adds to both sides, and no review at low scrutiny', () => {
    const terms: Term[] = [
      {
        kind: 'computeCommitment',
        provider: 'aws',
        buyer: 'openai',
        cuPerQuarter: 100_000,
        pricePerCu: 6000,
        quarters: 4,
      },
      { kind: 'exclusivity', bound: 'openai', beneficiary: 'aws', quarters: 4 },
    ];
    const preview = step(state, { type: 'deal/propose', seat: 'openai', to: 'aws', terms });
    const view = regulatorView(state, 'openai', 'aws', terms, signedPreview(preview, 'aws', state.nextId));
    expect(view.odds).toMatchObject({
      reviewed: false,
      chanceBp: 0,
      scrutiny: 0,
      threshold: 200,
      concentrating: ['capacity tied up by a dominant cloud', 'exclusivity'],
    });
    expect(view.parties.map((p) => [p.id, p.added?.points])).toEqual([
      ['openai', 30],
      ['aws', 30],
    ]);
    const plain = regulatorView(
      state,
      'openai',
      'aws',
      terms.slice(0, 1),
      signedPreview(
        step(state, { type: 'deal/propose', seat: 'openai', to: 'aws', terms: terms.slice(0, 1) }),
        'aws',
        state.nextId,
      ),
    );
    expect(plain.parties.map((p) => p.added?.points)).toEqual([0, 0]);
  });

  it('links the rounds of a negotiation and says what became of the offer', () => {
    const stingy: Term[] = [
      {
        kind: 'computeCommitment',
        provider: 'aws',
        buyer: 'openai',
        cuPerQuarter: 100_000,
        pricePerCu: 1,
        quarters: 4,
      },
    ];
    const proposed = step(state, { type: 'deal/propose', seat: 'openai', to: 'aws', terms: stingy });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const answer = answerProposal(proposed.state, 'aws', state.nextId);
    if (!answer.action) throw new Error(answer.reason);
    const countered = step(proposed.state, answer.action);
    if (!countered.ok) throw new Error(countered.error.message);
    const deals = countered.state.deals;
    const chain = negotiationChain(deals, state.nextId);
    expect(chain.map((d) => [d.from, d.round, d.status])).toEqual([
      ['openai', 1, 'countered'],
      ['aws', 2, 'proposed'],
    ]);
    expect(negotiationChain(deals, chain[1]?.id ?? -1)).toEqual(chain);
    expect(negotiationsBetween(deals, 'aws', 'openai')).toEqual([chain]);
    const outcome = describeOutcome(
      countered.state,
      [{ seat: 'aws', action: answer.action, ok: true, note: answer.reason }],
      [],
      state.nextId,
    );
    expect(outcome.counter?.id).toBe(chain[1]?.id);
    expect(outcome.text).toContain(
      `Amazon Web Services countered with deal #${chain[1]?.id} (round 2). Countering:`,
    );
  });
});

describe('the draft in hot-seat play', () => {
  it('is never shown to the next person: another viewer finds it empty, and it is dropped', async () => {
    resetDraft('openai');
    chooseCounterparty('aws');
    addTerm('cash', 'viewer', { amountM: '999' });
    expect(draftFor('openai').terms).toHaveLength(1);
    expect(draftFor('anthropic')).toEqual(emptyDraft('anthropic'));
    await Promise.resolve();
    expect(getDraft()).toEqual(emptyDraft('anthropic'));
  });
});
