/**
 * Who plays a seat. The three personalities are the computer players; `idle` (does nothing) and
 * `random-legal` (random moves, the rules refuse the illegal ones) are the baselines a tournament
 * measures them against.
 */
import { type Action, BOT_PERSONALITIES, type BotPersonality, type GameState } from '../core';
import { chooseOption } from './events';
import { type Answer, answerDeal } from './negotiate';
import { decideTurn } from './plan';
import type { BotRng } from './rng';
import { TRAITS } from './traits';

export const BASELINES = ['idle', 'random-legal'] as const;
export type Baseline = (typeof BASELINES)[number];
export type ControllerName = BotPersonality | Baseline;
export const CONTROLLER_NAMES: readonly ControllerName[] = [...BOT_PERSONALITIES, ...BASELINES];

export interface Player {
  readonly name: ControllerName;
  /** The seat's actions for this quarter, in order; the last is `turn/end` when it is the seat's turn. */
  decideTurn(state: GameState, seat: string, rng: BotRng): Action[];
  /** An answer to an open proposal addressed to the seat; `action: null` leaves it open. */
  answer(state: GameState, seat: string, dealId: number, rng: BotRng): Answer;
}

export function personalityPlayer(personality: BotPersonality): Player {
  const traits = TRAITS[personality];
  return {
    name: personality,
    decideTurn: (state, seat, rng) => decideTurn(state, seat, rng, personality),
    answer: (state, seat, dealId) => {
      const company = state.companies[seat];
      const deal = state.deals.find((d) => d.id === dealId);
      if (!company || !deal) return { action: null, reason: `There is no deal #${dealId} for ${seat}.` };
      return answerDeal(state, company, deal, traits);
    },
  };
}

const endTurn = (state: GameState, seat: string): Action[] =>
  state.seats[state.activeSeat]?.companyId === seat ? [{ type: 'turn/end', seat }] : [];

/** Does nothing: answers events with their first option, lets proposals lapse, ends its turn. */
export const idlePlayer: Player = {
  name: 'idle',
  decideTurn: (state, seat) => {
    const company = state.companies[seat];
    const choices: Action[] = (company?.pendingChoices ?? []).map((pending) => ({
      type: 'event/choose',
      seat,
      eventId: pending.eventId,
      optionId: state.config.events.find((e) => e.id === pending.eventId)?.choice?.options[0]?.id ?? '',
    }));
    return [...choices, ...endTurn(state, seat)];
  },
  answer: () => ({ action: null, reason: 'The idle player does not answer.' }),
};

/** Random moves of every kind with random sizes; the rules refuse the illegal ones, so what is left is random and legal. */
export const randomLegalPlayer: Player = {
  name: 'random-legal',
  decideTurn: (state, seat, rng) => {
    const company = state.companies[seat];
    if (!company) return [];
    const actions: Action[] = [];
    for (const pending of company.pendingChoices) {
      const options = state.config.events.find((e) => e.id === pending.eventId)?.choice?.options ?? [];
      actions.push({
        type: 'event/choose',
        seat,
        eventId: pending.eventId,
        optionId: rng.pick(options)?.id ?? '',
      });
    }
    const tries = rng.int(2, 8);
    for (let i = 0; i < tries; i++) {
      const action = randomAction(state, seat, rng);
      if (action) actions.push(action);
    }
    return [...actions, ...endTurn(state, seat)];
  },
  answer: (_state, seat, dealId, rng) =>
    rng.chance(5000)
      ? { action: { type: 'deal/accept', seat, dealId }, reason: 'A coin came up heads.' }
      : {
          action: { type: 'deal/refuse', seat, dealId, reason: 'A coin came up tails.' },
          reason: 'A coin came up tails.',
        },
};

function randomAction(state: GameState, seat: string, rng: BotRng): Action | null {
  const company = state.companies[seat];
  if (!company) return null;
  const cash = Math.max(1, company.cashM);
  const amount = () => rng.int(1, Math.max(1, Math.floor(cash / rng.int(1, 20))));
  const site = rng.pick(company.dataCenters);
  const others = state.seats.map((s) => s.companyId).filter((id) => id !== seat);
  const partyIds = [...others, ...state.config.partners.map((p) => p.id)];
  switch (rng.int(0, 11)) {
    case 0: {
      const chip = rng.pick(state.config.chips);
      if (!chip || !site) return null;
      return {
        type: 'chips/order',
        seat,
        chipId: chip.id,
        k: rng.int(1, Math.max(1, Math.floor(cash / chip.priceMPerK))),
        dataCenterId: site.id,
      };
    }
    case 1: {
      const region = rng.pick(state.config.regions);
      return region ? { type: 'datacenter/build', seat, regionId: region.id, mw: rng.int(20, 800) } : null;
    }
    case 2:
      return { type: 'compute/allocate', seat, trainingBp: rng.int(0, 10000) };
    case 3:
      return { type: 'finance/raiseEquity', seat, amountM: amount() };
    case 4:
      return { type: 'finance/borrow', seat, amountM: amount() };
    case 5:
      return { type: 'finance/ipo', seat };
    case 6:
      return { type: 'gov/relations', seat, programme: rng.chance(5000) ? 'adviser' : 'initiative' };
    case 7: {
      const chip = rng.pick(state.config.chips);
      const batch = rng.pick(company.chipBatches);
      if (!chip || !batch) return null;
      return {
        type: 'assets/sellChips',
        seat,
        dataCenterId: batch.dataCenterId,
        chipId: batch.chipId,
        k: rng.int(1, batch.k),
      };
    }
    case 8: {
      const loan = rng.pick(company.loans);
      return loan ? { type: 'finance/repay', seat, loanId: loan.id, amountM: amount() } : null;
    }
    case 9: {
      const chip = state.config.chips.find((c) => c.inHouse?.companyId === seat);
      return chip ? { type: 'chips/startProgram', seat, chipId: chip.id } : null;
    }
    case 10: {
      const other = rng.pick(partyIds);
      if (!other) return null;
      const provider = rng.chance(5000) ? other : seat;
      const buyer = provider === seat ? other : seat;
      return {
        type: 'deal/propose',
        seat,
        to: other,
        terms: [
          {
            kind: 'computeCommitment',
            provider,
            buyer,
            cuPerQuarter: rng.int(1000, 500_000),
            pricePerCu: rng.int(500, 8000),
            quarters: rng.int(1, 12),
          },
        ],
      };
    }
    default: {
      const other = rng.pick(partyIds);
      if (!other) return null;
      const investorIsMe = rng.chance(5000);
      const investee = investorIsMe ? other : seat;
      return {
        type: 'deal/propose',
        seat,
        to: other,
        terms: [
          {
            kind: 'equity',
            investor: investorIsMe ? seat : other,
            investee,
            amountM: amount(),
            stakeBp: rng.int(1, 2000),
          },
        ],
      };
    }
  }
}

const PERSONALITY_PLAYERS = Object.fromEntries(
  BOT_PERSONALITIES.map((personality) => [personality, personalityPlayer(personality)]),
) as Record<BotPersonality, Player>;

export function playerNamed(name: ControllerName): Player {
  if (name === 'idle') return idlePlayer;
  if (name === 'random-legal') return randomLegalPlayer;
  return PERSONALITY_PLAYERS[name];
}

/** The player an option on a seat's event would pick, for a UI hint. */
export function suggestedOption(
  state: GameState,
  seat: string,
  eventId: string,
  personality: BotPersonality,
) {
  const company = state.companies[seat];
  return company ? chooseOption(state, company, eventId, TRAITS[personality]) : null;
}
