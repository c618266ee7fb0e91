/**
 * A negotiation's history: its rounds, the chain of proposals linked by parentId (an opening offer,
 * then each counter), with who proposed what and what became of it.
 */
import { html, nothing } from 'lit-html';
import { type Deal, describeDeal, type GameState, quarterLabel } from '../../core';
import { companyName } from '../format';

/** Every round of the negotiation `dealId` belongs to, opening offer first. */
export function negotiationChain(deals: readonly Deal[], dealId: number): Deal[] {
  const byId = new Map(deals.map((d) => [d.id, d]));
  let root = byId.get(dealId);
  for (let guard = 0; root && root.parentId !== null && guard < 64; guard++) {
    const parent = byId.get(root.parentId);
    if (!parent) break;
    root = parent;
  }
  const chain: Deal[] = [];
  for (let current = root; current && chain.length < 64; ) {
    chain.push(current);
    const id: number = current.id;
    current = deals.find((d) => d.parentId === id);
  }
  return chain;
}

/** The negotiations between two parties this game, latest first, each as its chain of rounds. */
export function negotiationsBetween(deals: readonly Deal[], a: string, b: string, limit = 3): Deal[][] {
  const roots = deals.filter(
    (d) => d.parentId === null && ((d.from === a && d.to === b) || (d.from === b && d.to === a)),
  );
  return roots
    .slice(-limit)
    .reverse()
    .map((root) => negotiationChain(deals, root.id));
}

const STATUS: Record<Deal['status'], string> = {
  proposed: 'open, waiting for an answer',
  countered: 'countered',
  refused: 'refused',
  expired: 'expired at the end of the quarter',
  blocked: 'blocked by the regulator',
  active: 'signed, in force',
  completed: 'signed, completed',
  terminated: 'signed, then terminated',
};

function round(state: GameState, deal: Deal) {
  const sides = describeDeal(
    state,
    deal.from,
    deal.to,
    deal.terms,
    deal.signedQuarter ?? deal.proposedQuarter,
  );
  return html`<li>
    <p>
      <strong>Round ${deal.round}</strong> · ${quarterLabel(state.config, deal.proposedQuarter)} ·
      ${companyName(state, deal.from)} proposed (#${deal.id}) — <em>${STATUS[deal.status]}</em>
    </p>
    <ul class="history__terms">
      ${sides.map((s) => html`<li>${s.name} gives ${s.gives.join('; ') || 'nothing'}</li>`)}
    </ul>
    ${deal.reason && deal.status !== 'countered' ? html`<p class="hint">${deal.reason}</p>` : nothing}
  </li>`;
}

export function historyView(state: GameState, chains: readonly Deal[][]) {
  return html`<section class="history" aria-labelledby="history-head">
    <h3 id="history-head">History of this negotiation</h3>
    ${
      chains.length === 0
        ? html`<p class="hint">No earlier rounds: this would be the opening offer.</p>`
        : chains.map((chain) => html`<ol class="history__rounds">${chain.map((d) => round(state, d))}</ol>`)
    }
  </section>`;
}
