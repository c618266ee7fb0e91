/**
 * Proposals for the viewer: those received (answerable in turn or not, as the rules allow) with
 * Accept / Refuse / Counter, their terms, schedule, the proposer's reason and the regulator's odds;
 * those the viewer sent that are still open; and deals the viewer may end after the other side's default.
 * Hot-seat: only the viewer's own proposals show (viewerOf is null during a handover).
 */
import { html, nothing } from 'lit-html';
import { perState } from '../../app/per-state';
import type { AppState } from '../../app/store';
import { type Deal, describeDeal, type GameState } from '../../core';
import { reviewOdds } from '../../core/regulation/review';
import { companyName } from '../format';
import { lazyDetails } from '../lazy-details';
import { type View, viewerOf } from '../view';
import { openCounter } from './composer';
import { scheduleView } from './schedule';

/** The proposer's reason: the deal's own (an event's offer), or the bot's note when it made the move. */
function reasonOf(app: AppState, deal: Deal): string | null {
  if (deal.reason) return deal.reason;
  const move = app.game.bots.recent.find(
    (m) =>
      m.ok &&
      m.seat === deal.from &&
      m.action.type === 'deal/counter' &&
      deal.parentId !== null &&
      m.action.dealId === deal.parentId,
  );
  return move?.note ?? null;
}

/** Each deal's two sides, once per state (the panel is redrawn after every move); keyed by the deal's id. */
const describeOnce = perState(64, (state: GameState, deal: Deal) =>
  describeDeal(state, deal.from, deal.to, deal.terms),
);

/** The regulator's odds of blocking each deal, once per state (they read the whole market's shares). */
const oddsOnce = perState(64, (state: GameState, deal: Deal) => reviewOdds(state, deal));

function terms(state: GameState, deal: Deal) {
  const sides = describeOnce(state, deal, deal.id);
  return {
    sides,
    list: html`<ul class="deal__terms">
      ${sides.flatMap((s) => s.gives.map((g) => html`<li>${s.name} gives ${g}</li>`))}
    </ul>`,
  };
}

function received(app: AppState, state: GameState, viewer: string, deal: Deal) {
  const { sides, list } = terms(state, deal);
  // Whether the rules would let the viewer accept, in their words, before the player tries.
  const refusal = app.refusal({ type: 'deal/accept', seat: viewer, dealId: deal.id })?.message ?? null;
  const odds = oddsOnce(state, deal, deal.id);
  const reason = reasonOf(app, deal);
  const id = `proposal-${deal.id}`;
  const act = (ok: boolean, text: string) => ok && app.announce(text);
  return html`<li class="proposal" aria-labelledby=${`${id}-head`}>
    <h4 id=${`${id}-head`}>#${deal.id} from ${companyName(state, deal.from)} <span class="tag">round ${deal.round}</span></h4>
    ${reason ? html`<p class="proposal__reason"><span class="hint">Their reason:</span> ${reason}</p>` : nothing}
    ${list}
    ${lazyDetails(`${id}-schedule`, 'Schedule', () =>
      scheduleView(sides, id, state.companies[viewer] ? { [viewer]: state.companies[viewer].cashM } : {}),
    )}
    <p class=${odds.reviewed ? 'problem' : 'hint'}>
      ${odds.reviewed ? `Review may block it (a ${odds.chanceBp / 100}% chance).` : 'Regulators would not review it.'}
    </p>
    ${refusal ? html`<p class="problem" id=${`${id}-refusal`}>${refusal}</p>` : nothing}
    <div class="button-row">
      <button
        type="button"
        class="primary"
        ?disabled=${refusal !== null}
        aria-describedby=${refusal ? `${id}-refusal` : nothing}
        @click=${() => act(app.dispatch({ type: 'deal/accept', seat: viewer, dealId: deal.id }).ok, `Accepted deal #${deal.id}.`)}
      >
        Accept
      </button>
      <button
        type="button"
        @click=${() => act(app.dispatch({ type: 'deal/refuse', seat: viewer, dealId: deal.id }).ok, `Refused deal #${deal.id}.`)}
      >
        Refuse
      </button>
      <button type="button" @click=${() => openCounter(app, viewer, deal.id, deal.from, deal.terms)}>Counter…</button>
    </div>
  </li>`;
}

function sent(state: GameState, deal: Deal) {
  const { list } = terms(state, deal);
  return html`<li class="proposal">
    <p><strong>#${deal.id} to ${companyName(state, deal.to)}</strong> <span class="tag">round ${deal.round}</span>
      <span class="hint">waiting for their answer (open until the quarter ends)</span></p>
    ${list}
  </li>`;
}

function terminable(app: AppState, state: GameState, viewer: string, deal: Deal) {
  const other = deal.from === viewer ? deal.to : deal.from;
  return html`<li class="proposal">
    <p>
      <strong>#${deal.id} with ${companyName(state, other)}</strong>: ${companyName(state, deal.defaultedBy ?? other)}
      defaulted. You may end it; money already paid stays paid.
    </p>
    <button
      type="button"
      class="danger"
      @click=${() => {
        if (app.dispatch({ type: 'deal/terminate', seat: viewer, dealId: deal.id }).ok)
          app.announce(`Ended deal #${deal.id}.`);
      }}
    >
      Terminate deal #${deal.id}
    </button>
  </li>`;
}

export const proposalsPanel: View = (app) => {
  const state = app.game.state;
  const viewer = viewerOf(app);
  if (!state || !viewer) return html``;
  const open = state.deals.filter((d) => d.status === 'proposed');
  const toMe = open.filter((d) => d.to === viewer);
  const fromMe = open.filter((d) => d.from === viewer);
  const ending = state.deals.filter((d) => d.status === 'active' && d.terminableBy === viewer);
  return html`<section class="panel proposals" aria-labelledby="proposals-heading">
    <h2 id="proposals-heading">Proposals</h2>
    ${
      toMe.length === 0 && fromMe.length === 0 && ending.length === 0
        ? html`<p class="hint">No open proposal. Use “Negotiate a deal…” to make one.</p>`
        : nothing
    }
    ${
      toMe.length > 0
        ? html`<h3 class="proposals__group">Received (${toMe.length})</h3>
          <ul class="proposal-list">${toMe.map((d) => received(app, state, viewer, d))}</ul>`
        : nothing
    }
    ${
      fromMe.length > 0
        ? html`<h3 class="proposals__group">Sent, still open (${fromMe.length})</h3>
          <ul class="proposal-list">${fromMe.map((d) => sent(state, d))}</ul>`
        : nothing
    }
    ${
      ending.length > 0
        ? html`<h3 class="proposals__group">You may end</h3>
          <ul class="proposal-list">${ending.map((d) => terminable(app, state, viewer, d))}</ul>`
        : nothing
    }
  </section>`;
};
