/**
 * The other side's answer, live while the terms change. The proposal is previewed through the rules
 * (app.preview: the state with the proposal in it, or the rules' refusal); then a bot judges it with its
 * own answerProposal, a level partner with its stated policy, and a person answers on their turn.
 */
import { html, nothing } from 'lit-html';
import type { Answer } from '../../app/bot-answer';
import { type Action, type GameState, partnerAnswer, type StepResult, type Term } from '../../core';
import { companyName } from '../format';

export type ProposalAction = Extract<Action, { type: 'deal/propose' | 'deal/counter' }>;
export type AnswerFn = (state: GameState, seat: string, dealId: number) => Answer;

export type Verdict =
  | { kind: 'incomplete'; text: string }
  | { kind: 'rules'; text: string }
  | {
      kind: 'answer';
      by: 'bot' | 'partner';
      answer: 'accept' | 'counter' | 'refuse';
      reason: string;
      /** The bot's counter terms ("What would it take?"), when it counters. */
      counter: Term[] | null;
    }
  | { kind: 'person'; text: string };

/** A propose, or a counter when the draft answers an open proposal. */
export function proposalAction(
  viewer: string,
  to: string,
  counterOf: number | null,
  terms: Term[],
): ProposalAction {
  return counterOf === null
    ? { type: 'deal/propose', seat: viewer, to, terms }
    : { type: 'deal/counter', seat: viewer, dealId: counterOf, terms };
}

/**
 * What the counterparty `to` would answer. `preview` is the rules run on `state` with `action`; the new
 * proposal takes the state's next id (openProposal), which is how the bot is asked about it.
 */
export function deriveVerdict(
  state: GameState,
  action: ProposalAction,
  to: string,
  preview: StepResult,
  answer: AnswerFn,
): Verdict {
  if (!preview.ok) return { kind: 'rules', text: preview.error.message };
  const partner = state.config.partners.find((p) => p.id === to);
  if (partner) {
    const said = partnerAnswer(state, partner, { terms: action.terms, from: action.seat });
    return {
      kind: 'answer',
      by: 'partner',
      answer: said.accept ? 'accept' : 'refuse',
      reason: said.reason,
      counter: null,
    };
  }
  const controller = state.seats.find((s) => s.companyId === to)?.controller;
  if (controller?.kind !== 'bot')
    return {
      kind: 'person',
      text: `${companyName(state, to)} is played by a person: they will answer on their turn (or after the handover).`,
    };
  const said = answer(preview.state, to, state.nextId);
  const type = said.action?.type;
  if (type === 'deal/accept')
    return { kind: 'answer', by: 'bot', answer: 'accept', reason: said.reason, counter: null };
  if (type === 'deal/counter' && said.action?.type === 'deal/counter')
    return { kind: 'answer', by: 'bot', answer: 'counter', reason: said.reason, counter: said.action.terms };
  return { kind: 'answer', by: 'bot', answer: 'refuse', reason: said.reason, counter: null };
}

/**
 * "What would it take?": the bot's counter, asked again until it would accept (it moves half-way
 * each time, so a few rounds settle it). Each round is the bot's own answer on the rules' preview; the
 * last counter is returned when it never settles. Null when the bot names no price at all.
 */
export function whatWouldItTake(
  state: GameState,
  first: ProposalAction,
  to: string,
  preview: (action: ProposalAction) => StepResult,
  answer: AnswerFn,
  rounds = 12,
): { terms: Term[]; accepted: boolean } | null {
  let action = first;
  let best: Term[] | null = null;
  for (let i = 0; i < rounds; i++) {
    const verdict = deriveVerdict(state, action, to, preview(action), answer);
    if (verdict.kind !== 'answer' || verdict.by !== 'bot') break;
    if (verdict.answer === 'accept') return { terms: action.terms, accepted: true };
    if (!verdict.counter) break;
    best = verdict.counter;
    action = { ...action, terms: verdict.counter };
  }
  return best ? { terms: best, accepted: false } : null;
}

const WORD = { accept: 'Would accept', counter: 'Would counter', refuse: 'Would refuse' } as const;

export function verdictView(
  state: GameState,
  to: string | null,
  verdict: Verdict,
  /** Fills the composer with the bot's price (whatWouldItTake), run only when asked. */
  onAsk: () => void,
) {
  const name = to ? companyName(state, to) : 'They';
  const body = (() => {
    switch (verdict.kind) {
      case 'incomplete':
        return html`<p class="hint">${verdict.text}</p>`;
      case 'rules':
        return html`<p class="problem" id="negotiation-refusal"><strong>The rules refuse it:</strong> ${verdict.text}</p>`;
      case 'person':
        return html`<p>${verdict.text}</p>`;
      case 'answer':
        return html`<p class=${`verdict__answer verdict__answer--${verdict.answer}`}>
            <strong>${name}: ${WORD[verdict.answer]}</strong>
          </p>
          <p class="verdict__reason">${verdict.reason}</p>`;
    }
  })();
  const counter = verdict.kind === 'answer' ? verdict.counter : null;
  const canAsk = verdict.kind === 'answer' && verdict.by === 'bot';
  return html`<section class="verdict" aria-labelledby="verdict-head">
    <h3 id="verdict-head">Their answer, as the terms stand</h3>
    <div aria-live="polite" aria-atomic="true" id="negotiation-verdict">${body}</div>
    ${
      canAsk
        ? html`<button
            type="button"
            ?disabled=${!counter}
            aria-describedby="what-would-it-take-hint"
            @click=${onAsk}
          >
            What would it take?
          </button>
          <p class="hint" id="what-would-it-take-hint">
            ${
              counter
                ? `Fills in the terms ${name} would sign, from its own counter-offers.`
                : verdict.kind === 'answer' && verdict.answer === 'accept'
                  ? `${name} would take the deal as it stands.`
                  : `${name} names no price for this deal: change the terms.`
            }
          </p>`
        : nothing
    }
  </section>`;
}
