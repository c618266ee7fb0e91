/** Who can be a party to a deal: a seated company still in the game, or one of the level's partners. */
import type { Partner } from '../level/schema';
import { ownRecord } from '../own';
import { quote } from '../quote';
import type { CompanyState, GameState } from '../state';

export type Party = { kind: 'company'; company: CompanyState } | { kind: 'partner'; partner: Partner };

export function findParty(state: GameState, id: string): Party | null {
  const company = ownRecord(state.companies, id);
  if (company && company.status !== 'bankrupt' && state.seats.some((seat) => seat.companyId === id))
    return { kind: 'company', company };
  const partner = state.config.partners.find((p) => p.id === id);
  return partner ? { kind: 'partner', partner } : null;
}

/** The ledger account a party's money moves through. */
export const accountOf = (state: GameState, id: string): string =>
  ownRecord(state.companies, id) ? id : `npc:${id}`;

export const partyName = (state: GameState, id: string): string =>
  ownRecord(state.companies, id)?.name ?? state.config.partners.find((p) => p.id === id)?.name ?? quote(id);

/** Cash a party can commit now; partners are limited by their policy, not their bank balance. */
export const cashOf = (state: GameState, id: string): number =>
  ownRecord(state.companies, id)?.cashM ?? Number.MAX_SAFE_INTEGER;
