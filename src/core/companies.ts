import type { CompanyState, GameState } from './state';

/** Companies still in the game, in seat order. */
export const activeCompanies = (state: GameState): CompanyState[] =>
  state.seats
    .map((seat) => state.companies[seat.companyId])
    .filter((c): c is CompanyState => !!c && c.status !== 'bankrupt');
