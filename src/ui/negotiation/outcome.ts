/**
 * What became of a proposal just sent, in one sentence for the composer and the live region: a bot
 * answers at once (its reason is its move's note), a partner too (the rules' log), a person later.
 */
import type { AppState } from '../../app/store';
import type { Deal, GameState } from '../../core';
import { companyName } from '../format';

type BotMove = AppState['game']['bots']['recent'][number];

export interface Outcome {
  text: string;
  /** The counter addressed back to the viewer, when the other side countered. */
  counter: Deal | null;
  /** Refused or blocked: the terms stay in the composer to be changed. */
  keepTerms?: boolean;
}

const noteFor = (moves: readonly BotMove[], dealId: number): string | null => {
  const move = moves.find((m) => m.ok && 'dealId' in m.action && m.action.dealId === dealId);
  return move?.note ?? null;
};

export function describeOutcome(
  state: GameState,
  moves: readonly BotMove[],
  log: readonly string[],
  dealId: number,
): Outcome {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return { text: 'The proposal was sent.', counter: null };
  const name = companyName(state, deal.to);
  // A partner's answer is in the rules' log ("… accepts: …" / "… refused: …"); a bot's in its move.
  const said = noteFor(moves, dealId) ?? log.find((line) => line.startsWith(`${name} accepts`)) ?? null;
  switch (deal.status) {
    case 'active':
      return {
        text: `${name} accepted deal #${deal.id}; it is in the deal ledger. ${said ?? ''}`.trim(),
        counter: null,
      };
    case 'refused':
      return {
        text: `${name} refused deal #${deal.id}: ${deal.reason ?? said ?? 'no reason given'}`,
        counter: null,
        keepTerms: true,
      };
    case 'blocked':
      return {
        text: `${name} accepted. ${deal.reason ?? 'The regulator blocked the deal.'}`,
        counter: null,
        keepTerms: true,
      };
    case 'countered': {
      const counter = state.deals.find((d) => d.parentId === deal.id) ?? null;
      return {
        text: `${name} countered with deal #${counter?.id ?? '?'} (round ${counter?.round ?? deal.round + 1}). ${said ?? ''} Its terms are loaded in the composer to answer.`
          .replace(/\s+/g, ' ')
          .trim(),
        counter,
      };
    }
    case 'proposed':
      return { text: `Deal #${deal.id} sent to ${name}: they will answer on their turn.`, counter: null };
    default:
      return { text: `Deal #${deal.id} is ${deal.status}.`, counter: null };
  }
}
