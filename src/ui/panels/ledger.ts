/**
 * The deal ledger: active deals with what each owes next and when they end, and the record of
 * defaults. Binding terms read as binding: each row says who pays whom, every quarter, until when.
 */
import { html, nothing } from 'lit-html';
import { type Deal, describeDeal, type GameState, quarterLabel, startOffset } from '../../core';
import { companyName } from '../format';
import { tip } from '../help';
import { lazyDetails } from '../lazy-details';
import type { View } from '../view';

function endQuarter(deal: Deal): number {
  const span = Math.max(1, ...deal.terms.map((t) => startOffset(t) + ('quarters' in t ? t.quarters : 1)));
  return (deal.signedQuarter ?? deal.proposedQuarter) + span - 1;
}

function dealRow(state: GameState, deal: Deal) {
  const signed = deal.signedQuarter ?? deal.proposedQuarter;
  const [from, to] = describeDeal(state, deal.from, deal.to, deal.terms, signed);
  const ends = endQuarter(deal);
  return html`<li class=${`deal deal--${deal.status}`}>
    <p class="deal__parties">
      <strong>${companyName(state, deal.from)} ⇄ ${companyName(state, deal.to)}</strong>
      <span class="deal__when"
        >signed ${quarterLabel(state.config, deal.signedQuarter ?? deal.proposedQuarter)}, runs to
        ${quarterLabel(state.config, ends)}</span
      >
    </p>
    <ul class="deal__terms">
      ${from.gives.map((g) => html`<li>${from.name} gives ${g}</li>`)}
      ${to.gives.map((g) => html`<li>${to.name} gives ${g}</li>`)}
    </ul>
    ${
      deal.defaultedBy
        ? html`<p class="problem">Defaulted by ${companyName(state, deal.defaultedBy)}${deal.reason ? `: ${deal.reason}` : ''}</p>`
        : nothing
    }
  </li>`;
}

export const ledgerPanel: View = (app) => {
  const state = app.game.state;
  if (!state) return html``;
  const active = state.deals.filter((d) => d.status === 'active');
  const ended = state.deals.filter(
    (d) => d.status === 'completed' || d.status === 'terminated' || d.status === 'blocked',
  );
  return html`<section class="panel ledger" aria-labelledby="ledger-heading">
    <h2 id="ledger-heading">${tip('take-or-pay', 'Deal ledger')}</h2>
    ${
      active.length === 0
        ? html`<p class="hint">No deal is in force. Deals bind both sides every quarter until they end.</p>`
        : html`<ul class="deal-list">${active.map((d) => dealRow(state, d))}</ul>`
    }
    ${
      ended.length > 0
        ? lazyDetails(
            'ledger-ended',
            `Ended, blocked and terminated (${ended.length})`,
            () => html`<ul class="deal-list">
              ${ended.map(
                (d) =>
                  html`<li>#${d.id} ${companyName(state, d.from)} ⇄ ${companyName(state, d.to)}: ${d.status}${d.reason ? ` — ${d.reason}` : ''}</li>`,
              )}
            </ul>`,
          )
        : nothing
    }
  </section>`;
};
