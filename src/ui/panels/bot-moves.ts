/** What the last bot did, move by move, for a player who chose to watch (and as a trail for one who did not). */
import { html, nothing } from 'lit-html';
import type { Action, GameState } from '../../core';
import { companyName, formatCount, formatMoney } from '../format';
import type { View } from '../view';

/** A bot's move in a few words. The rules' log has the full sentence; this is the list's headline. */
export function describeMove(state: GameState, action: Action): string {
  switch (action.type) {
    case 'chips/order':
      return `ordered ${formatCount(action.k * 1000)} ${state.config.chips.find((c) => c.id === action.chipId)?.name ?? 'chips'}`;
    case 'datacenter/build':
      return `started a ${action.mw} MW data center in ${state.config.regions.find((r) => r.id === action.regionId)?.name ?? 'a region'}`;
    case 'compute/allocate':
      return `set training to ${action.trainingBp / 100}% of compute`;
    case 'finance/raiseEquity':
      return `raised ${formatMoney(action.amountM)} of equity`;
    case 'finance/borrow':
      return `borrowed ${formatMoney(action.amountM)}`;
    case 'finance/repay':
      return `repaid ${formatMoney(action.amountM)}`;
    case 'finance/ipo':
      return 'listed on the stock market';
    case 'finance/emergencyRaise':
      return `raised ${formatMoney(action.amountM)} in an emergency`;
    case 'assets/sellChips':
      return `sold ${formatCount(action.k * 1000)} chips`;
    case 'deal/propose':
      return `proposed a deal to ${companyName(state, action.to)}`;
    case 'deal/accept':
      return `accepted deal #${action.dealId}`;
    case 'deal/refuse':
      return `refused deal #${action.dealId}`;
    case 'deal/counter':
      return `countered deal #${action.dealId}`;
    case 'deal/terminate':
      return `terminated deal #${action.dealId}`;
    case 'gov/relations':
      return action.programme === 'adviser'
        ? 'hired a government adviser'
        : 'joined the national AI initiative';
    case 'event/choose':
      return `answered “${state.config.events.find((e) => e.id === action.eventId)?.title ?? action.eventId}”`;
    case 'chips/startProgram':
      return `started the ${state.config.chips.find((c) => c.id === action.chipId)?.name ?? 'in-house chip'} programme`;
    case 'turn/end':
      return 'ended its turn';
  }
}

export const botMovesPanel: View = (app) => {
  const state = app.game.state;
  const moves = app.game.bots.recent.filter((m) => m.ok && m.action.type !== 'turn/end');
  if (!state || moves.length === 0) return html`${nothing}`;
  return html`<section class="panel bot-moves" aria-labelledby="bot-moves-heading">
    <h2 id="bot-moves-heading">Latest moves by the computer</h2>
    <ol>
      ${moves.map(
        (m) =>
          html`<li><strong>${companyName(state, m.seat)}</strong> ${describeMove(state, m.action)}${m.note ? html` — <em>${m.note}</em>` : nothing}</li>`,
      )}
    </ol>
  </section>`;
};
