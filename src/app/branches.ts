/**
 * Branches: every take-over starts a new timeline of the same game (same level, companies and seed) that
 * shares the history up to the moment it was taken over. Two saves are branches of one game when
 * their setups are equal; they part at the first action that differs. A comparison puts the
 * companies' final figures of two branches side by side.
 */
import { canonicalJson, type GameState, ownersValueM, quarterLabel, type Save } from '../core';
import { latestRevenue } from './figures';

/** The company of each seat of a save (seats are checked by the rules when the save is replayed). */
const seatCompanies = (save: Save): unknown[] =>
  save.seats.map((seat) =>
    typeof seat === 'object' && seat !== null && 'companyId' in seat ? seat.companyId : seat,
  );

export function sameGame(a: Save, b: Save): boolean {
  return (
    a.level.id === b.level.id &&
    a.level.hash === b.level.hash &&
    a.seed === b.seed &&
    // The same companies in the same seats: who plays a seat (a person taking over a bot's) is not a
    // different game, and the rules never read it.
    canonicalJson(seatCompanies(a)) === canonicalJson(seatCompanies(b))
  );
}

/** How many actions the two branches share before they part (equal to the shorter length if one extends the other). */
export function sharedActions(a: Save, b: Save): number {
  const n = Math.min(a.actions.length, b.actions.length);
  for (let i = 0; i < n; i++) if (canonicalJson(a.actions[i]) !== canonicalJson(b.actions[i])) return i;
  return n;
}

export interface CompareRow {
  companyId: string;
  name: string;
  figures: { label: string; a: number; b: number; unit: '$M' | 'points' }[];
}

/** The companies' figures at the end of each branch (or where each stands now). */
export function compareStates(a: GameState, b: GameState): CompareRow[] {
  return Object.values(a.companies).map((ca) => {
    const cb = b.companies[ca.id];
    const pick = (f: (c: typeof ca) => number) => ({ a: f(ca), b: cb ? f(cb) : 0 });
    return {
      companyId: ca.id,
      name: ca.name,
      figures: [
        { label: 'Owners’ value', unit: '$M', ...pick(ownersValueM) },
        { label: 'Valuation', unit: '$M', ...pick((c) => (c.status === 'bankrupt' ? 0 : c.valuationM)) },
        { label: 'Revenue, latest quarter', unit: '$M', ...pick(latestRevenue) },
        { label: 'Capex so far', unit: '$M', ...pick((c) => c.totals.capexM) },
        { label: 'Cash', unit: '$M', ...pick((c) => c.cashM) },
        { label: 'Capability', unit: 'points', ...pick((c) => c.capability) },
      ],
    };
  });
}

export function partingLabel(state: GameState, quarter: number, shared: number): string {
  return `They part at action ${shared + 1}, in ${quarterLabel(state.config, quarter)}.`;
}
