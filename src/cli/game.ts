/** One simulated game: seats resolved from the seed, bots driven to the end, the result summarised (and saved). */
import { type ControllerName, type Player, playerNamed, runBotsUntilHuman } from '../bots';
import {
  type GameState,
  hashState,
  type Level,
  newGame,
  type QuarterReport,
  type Save,
  SaveRecorder,
} from '../core';
import { resolveSeats, type SeatPlan } from './seats';

export interface CompanyResult {
  company: string;
  name: string;
  role: string;
  controller: ControllerName;
  rank: number;
  valuationM: number;
  /** What the starting shareholders hold of the final valuation: the score the ranking uses. */
  ownersValueM: number;
  revenueM: number; // over the whole game
  lastRevenueM: number; // the final quarter's
  capexM: number; // over the whole game
  cashM: number;
  scrutiny: number;
  dealsSigned: number;
  objectivesMet: number;
  failed: boolean;
}

export interface GameResult {
  seed: number;
  quarters: number;
  hash: string;
  actions: number;
  companies: CompanyResult[]; // in rank order
}

export type GameOutcome =
  | { ok: true; result: GameResult; save?: Save; final: GameState; reports: QuarterReport[] }
  | { ok: false; message: string };

export function playGame(
  level: Level,
  plan: SeatPlan,
  seed: number,
  options: { record?: boolean } = {},
): GameOutcome {
  const { seats, controllers } = resolveSeats(plan, seed);
  const started = newGame({ level, seats, seed });
  if (!started.ok) return { ok: false, message: started.error.message };
  const players: Record<string, Player> = {};
  for (const [companyId, name] of Object.entries(controllers)) players[companyId] = playerNamed(name);
  const recorder = options.record ? SaveRecorder.forGame(started.state) : null;
  let actions = 0;
  const run = runBotsUntilHuman(started.state, {
    players,
    onStep: (action, result) => {
      actions++;
      recorder?.record(action, result.state, result.report);
    },
  });
  const final = run.state;
  if (final.phase !== 'over' || !final.ranking)
    return {
      ok: false,
      message: `The game stopped in ${final.quarter + 1} without finishing: a seat could not end its turn.`,
    };
  const companies = final.ranking.map((entry): CompanyResult => {
    const company = final.companies[entry.companyId] as GameState['companies'][string];
    return {
      company: company.id,
      name: company.name,
      role: company.role,
      controller: controllers[company.id] ?? 'idle',
      rank: entry.rank,
      valuationM: entry.valuationM,
      ownersValueM: entry.ownersValueM,
      revenueM: company.totals.revenueM,
      lastRevenueM: company.revenueHistoryM[company.revenueHistoryM.length - 1] ?? 0,
      capexM: company.totals.capexM,
      cashM: company.cashM,
      scrutiny: company.scrutiny,
      dealsSigned: company.record.signed,
      objectivesMet: entry.objectivesMet,
      failed: entry.bankrupt,
    };
  });
  const result: GameResult = {
    seed,
    quarters: final.quarter + 1,
    hash: hashState(final),
    actions,
    companies,
  };
  return recorder
    ? { ok: true, result, save: recorder.toSave(), final, reports: run.reports }
    : { ok: true, result, final, reports: run.reports };
}
