/**
 * The negotiation screen: pick the counterparty, put terms in what you give and what you get, and
 * watch, live, both sides' schedule, the other side's answer and the regulator's view; then propose
 * (or counter) through the store. Every figure comes from the rules or the bots, run on previews.
 */
import { html, nothing } from 'lit-html';
import { answerProposal } from '../../app/bot-answer';
import type { AppState, AppStore } from '../../app/store';
import { describeDeal, type GameState, type Term } from '../../core';
import { findParty } from '../../core/deals/parties';
import { afterNextDraw } from '../after-draw';
import { modal } from '../dialog';
import { companyName } from '../format';
import { type View, viewerOf } from '../view';
import { draftToTerms, partiesOf, termsToDrafts } from './convert';
import {
  addTerm,
  chooseCounterparty,
  type Draft,
  draftFor,
  editField,
  type Giver,
  removeTerm,
  replaceTerms,
  setDraft,
} from './draft';
import { historyView, negotiationChain, negotiationsBetween } from './history';
import { describeOutcome } from './outcome';
import { regulatorPanel, regulatorView, signedPreview } from './regulator';
import { scheduleView } from './schedule';
import { addTermControl, termEditor, termElementId } from './term-editor';
import { initialFields, specOf } from './term-specs';
import { deriveVerdict, proposalAction, type Verdict, verdictView, whatWouldItTake } from './verdict';

/** Who the viewer can make a deal with: the other companies still in the game, and the level's partners. */
export function counterparties(state: GameState, viewer: string): { id: string; label: string }[] {
  const companies = state.seats
    .map((s) => s.companyId)
    .filter((id) => id !== viewer && findParty(state, id)?.kind === 'company')
    .map((id) => {
      const controller = state.seats.find((s) => s.companyId === id)?.controller;
      const who = controller?.kind === 'human' ? `played by ${controller.name}` : 'played by the computer';
      return { id, label: `${companyName(state, id)} (${who})` };
    });
  const partners = state.config.partners.map((p) => ({ id: p.id, label: `${p.name} (partner: ${p.kind})` }));
  return [...companies, ...partners];
}

/** The open proposal the draft counters, if it is still open and addressed to the viewer. */
function counteredDeal(state: GameState, viewer: string, draft: Draft) {
  if (draft.counterOf === null) return null;
  return (
    state.deals.find((d) => d.id === draft.counterOf && d.status === 'proposed' && d.to === viewer) ?? null
  );
}

const focusSoon = (id: string) =>
  afterNextDraw(() => {
    document.getElementById(id)?.focus();
  });

function column(
  state: GameState,
  viewer: string,
  to: string,
  draft: Draft,
  giver: Giver,
  problems: Record<string, string>,
) {
  const terms = draft.terms.filter((t) => t.giver === giver);
  const add = (kind: Term['kind'], side: Giver) => {
    const parties = partiesOf(viewer, to, side);
    const id = addTerm(kind, side, initialFields(specOf(kind), { state, ...parties }));
    focusSoon(termElementId(id, specOf(kind).fields[0]?.key ?? ''));
  };
  const remove = (id: number) => {
    removeTerm(id);
    focusSoon(`neg-add-${giver}`);
  };
  const heading = giver === 'viewer' ? 'You give' : 'You get';
  return html`<section class="negotiation__column" aria-labelledby=${`neg-col-${giver}`}>
    <h3 id=${`neg-col-${giver}`}>${heading}</h3>
    ${
      terms.length === 0
        ? html`<p class="hint">${giver === 'viewer' ? 'Nothing yet.' : `Nothing yet from ${companyName(state, to)}.`}</p>`
        : terms.map((t) =>
            termEditor(state, t, { state, ...partiesOf(viewer, to, t.giver) }, problems, {
              edit: editField,
              remove,
            }),
          )
    }
    ${addTermControl(giver, add)}
  </section>`;
}

const cashOf = (state: GameState, ...ids: string[]): Record<string, number> =>
  Object.fromEntries(ids.flatMap((id) => (state.companies[id] ? [[id, state.companies[id].cashM]] : [])));

/** The verdict in a few words beside Propose (the live region above says it in full). */
function shortVerdict(state: GameState, to: string, verdict: Verdict): string {
  const name = companyName(state, to);
  switch (verdict.kind) {
    case 'incomplete':
      return verdict.text;
    case 'rules':
      return 'The rules refuse these terms (see above).';
    case 'person':
      return `${name} answers on their turn.`;
    case 'answer':
      return `${name} ${verdict.answer === 'accept' ? 'would accept' : verdict.answer === 'counter' ? 'would counter' : 'would refuse'}.`;
  }
}

function acceptOffer(app: AppState, viewer: string, dealId: number) {
  const result = app.dispatch({ type: 'deal/accept', seat: viewer, dealId });
  if (!result.ok) return;
  const text = result.log.join(' ');
  replaceTerms([], null);
  setDraft({ outcome: text });
  app.announce(text);
}

function composer(app: AppState, store: AppStore, state: GameState, viewer: string) {
  const draft = draftFor(viewer);
  const countered = counteredDeal(state, viewer, draft);
  const choices = counterparties(state, viewer);
  // A counterparty that left the game (or a draft from another game) is no choice any more.
  const to = countered ? countered.from : choices.some((c) => c.id === draft.to) ? draft.to : null;
  const converted = draftToTerms(state, viewer, { ...draft, to });
  const problems = converted.ok ? {} : converted.problems;
  let verdict: Verdict = { kind: 'incomplete', text: converted.ok ? '' : converted.summary };
  let sides: ReturnType<typeof describeDeal> | [] = [];
  let regulator = null;
  let send: (() => void) | null = null;
  let ask: (() => void) | null = null;
  if (converted.ok && to) {
    const action = proposalAction(viewer, to, countered?.id ?? null, converted.terms);
    const preview = app.preview(action);
    verdict = deriveVerdict(state, action, to, preview, answerProposal);
    sides = describeDeal(state, viewer, to, converted.terms);
    regulator = regulatorView(state, viewer, to, converted.terms, signedPreview(preview, to, state.nextId));
    ask = () => {
      const price = whatWouldItTake(state, action, to, (a) => app.preview(a), answerProposal);
      if (!price) return;
      replaceTerms(termsToDrafts(viewer, price.terms));
      const name = companyName(state, to);
      const text = price.accepted
        ? `Filled in the terms ${name} would accept.`
        : `Filled in ${name}'s latest counter-offer; it still wants more.`;
      setDraft({ outcome: text });
      app.announce(text);
    };
    if (preview.ok)
      send = () => {
        const dealId = store.getState().game.state?.nextId ?? -1;
        const result = store.getState().dispatch(action);
        const now = store.getState();
        if (!result.ok || !now.game.state) return;
        const outcome = describeOutcome(now.game.state, now.game.bots.recent, result.log, dealId);
        if (outcome.counter) replaceTerms(termsToDrafts(viewer, outcome.counter.terms), outcome.counter.id);
        else if (!outcome.keepTerms) replaceTerms([], null);
        setDraft({ outcome: outcome.text });
        now.announce(outcome.text);
      };
  }
  // A field being fixed should not blank the chart: draw what parses, and say what is left out.
  const partial = !converted.ok && to && converted.partial.length > 0;
  if (partial && to) sides = describeDeal(state, viewer, to, converted.partial);
  const chains = countered
    ? [negotiationChain(state.deals, countered.id)]
    : to
      ? negotiationsBetween(state.deals, viewer, to)
      : [];
  const refusal = verdict.kind === 'rules';
  const acceptable = countered
    ? app.preview({ type: 'deal/accept', seat: viewer, dealId: countered.id })
    : null;
  return html`<div class="negotiation">
    <div class="negotiation__with">
      ${
        countered
          ? html`<p>
              Countering deal #${countered.id} from <strong>${companyName(state, countered.from)}</strong> (round
              ${countered.round + 1}).
              <button
                type="button"
                ?disabled=${!acceptable?.ok}
                aria-describedby=${acceptable && !acceptable.ok ? 'neg-accept-refusal' : nothing}
                @click=${() => acceptOffer(app, viewer, countered.id)}
              >
                Accept it as offered
              </button>
              <button type="button" @click=${() => setDraft({ counterOf: null, to: countered.from })}>Make a fresh offer instead</button>
            </p>
            ${acceptable && !acceptable.ok ? html`<p class="problem" id="neg-accept-refusal">${acceptable.error.message}</p>` : nothing}`
          : html`<label for="neg-counterparty">Deal with</label>
            <select id="neg-counterparty" @change=${(e: Event) => chooseCounterparty((e.target as HTMLSelectElement).value || null)}>
              <option value="" ?selected=${!to}>Choose a company or partner…</option>
              ${choices.map((c) => html`<option value=${c.id} ?selected=${c.id === to}>${c.label}</option>`)}
            </select>`
      }
    </div>
    ${draft.outcome ? html`<p class="negotiation__outcome" role="status">${draft.outcome}</p>` : nothing}
    ${
      to
        ? html`<div class="negotiation__columns">
              ${column(state, viewer, to, draft, 'viewer', problems)} ${column(state, viewer, to, draft, 'other', problems)}
            </div>
            <div class="negotiation__insight">
              <section class="negotiation__schedule" aria-labelledby="neg-schedule-head">
                <h3 id="neg-schedule-head">Cash and compute, quarter by quarter</h3>
                ${partial ? html`<p class="hint">Terms with a problem are left out until they are fixed.</p>` : nothing}
                ${sides.length > 0 ? scheduleView(sides, 'neg-schedule', cashOf(state, viewer, to)) : html`<p class="hint">Complete the terms to see each side's schedule.</p>`}
              </section>
              <div class="negotiation__judges">
                ${verdictView(state, to, verdict, () => ask?.())}
                ${regulatorPanel(state, regulator)}
              </div>
            </div>
            ${historyView(state, chains)}
            <div class="negotiation__actions">
              <button
                type="button"
                class="primary"
                ?disabled=${!send}
                aria-describedby=${refusal ? 'negotiation-refusal' : nothing}
                @click=${() => send?.()}
              >
                ${countered ? 'Send counter-offer' : 'Propose'}
              </button>
              <button type="button" @click=${() => replaceTerms([], null)} ?disabled=${draft.terms.length === 0}>Clear the terms</button>
              <p class="hint" aria-hidden="true">${shortVerdict(state, to, verdict)}</p>
            </div>`
        : html`<p class="hint">Choose who to negotiate with: another company, or one of the level's partners.</p>`
    }
  </div>`;
}

export const negotiationDialog: View = (app, store) => {
  const state = app.game.state;
  const viewer = viewerOf(app);
  const open = app.ui.dialog === 'negotiate' && state !== null && viewer !== null;
  return modal({
    id: 'negotiation-dialog',
    title: 'Negotiate a deal',
    open,
    wide: true,
    onClose: () => {
      setDraft({ outcome: null });
      app.closeDialog();
    },
    body: open && state && viewer ? composer(app, store, state, viewer) : nothing,
  });
};

/** Opens the composer on an open proposal, its terms ready to edit into a counter. */
export function openCounter(
  app: AppState,
  viewer: string,
  dealId: number,
  from: string,
  terms: readonly Term[],
): void {
  setDraft({ owner: viewer, to: from, outcome: null });
  replaceTerms(termsToDrafts(viewer, terms), dealId);
  app.openDialog('negotiate');
}
