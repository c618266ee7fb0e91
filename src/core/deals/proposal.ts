import type { Deal, GameState } from '../state';
import type { Term } from './terms';

/** A new open proposal, added to the game's deals; `reason` says where it came from (an event, say). */
export function openProposal(
  state: GameState,
  from: string,
  to: string,
  terms: Term[],
  parentId: number | null,
  round: number,
  reason: string | null = null,
): Deal {
  const deal: Deal = {
    id: state.nextId++,
    from,
    to,
    terms,
    status: 'proposed',
    proposedQuarter: state.quarter,
    parentId,
    round,
    signedQuarter: null,
    endedQuarter: null,
    progress: [],
    defaultedBy: null,
    terminableBy: null,
    paidBy: {},
    reason,
  };
  state.deals.push(deal);
  return deal;
}
