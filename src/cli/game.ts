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
  /** Raised a rescue round at some point (was in distress and came out of it, or failed later). */
  rescued: boolean;
  /** Whether it met the level's main objective (the first), when that objective is for its role. */
  mainObjective: 'met' | 'missed' | 'notFor';
}

/** What the economy did in the game: the risk and bargaining figures the economy bench reads. */
export interface GameEconomy {
  fines: number;
  divestitures: number;
  /** Quarter the bubble scare fired in, if it did. */
  bubbleQuarter: number | null;
  /** Largest fall of the labs' combined valuation within four quarters of the scare, in bp. */
  bubbleLabDropBp: number;
  proposals: number;
  countered: number;
  refused: number;
}

export interface GameResult {
  seed: number;
  quarters: number;
  hash: string;
  actions: number;
  companies: CompanyResult[]; // in rank order
  economy: GameEconomy;
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
      rescued: Object.keys(company.capTable).some((holder) => holder.startsWith('Rescue investors')),
      mainObjective: mainObjectiveOf(level, company),
    };
  });
  const result: GameResult = {
    seed,
    quarters: final.quarter + 1,
    hash: hashState(final),
    actions,
    companies,
    economy: economyOf(started.state, final, run.reports),
  };
  return recorder
    ? { ok: true, result, save: recorder.toSave(), final, reports: run.reports }
    : { ok: true, result, final, reports: run.reports };
}

function mainObjectiveOf(
  level: Level,
  company: GameState['companies'][string],
): CompanyResult['mainObjective'] {
  const main = level.objectives[0];
  if (!main || (main.role && main.role !== company.role)) return 'notFor';
  return company.objectivesMet[main.id] !== undefined ? 'met' : 'missed';
}

function economyOf(start: GameState, final: GameState, reports: readonly QuarterReport[]): GameEconomy {
  let fines = 0;
  let divestitures = 0;
  // The labs' combined valuation after each quarter, followed through the reports' valuation lines.
  const valuations: Record<string, number> = {};
  for (const company of Object.values(start.companies)) valuations[company.id] = company.valuationM;
  const labs = Object.values(start.companies)
    .filter((c) => c.role === 'lab')
    .map((c) => c.id);
  const labTotals: number[] = [];
  let bubbleQuarter: number | null = null;
  for (const report of reports) {
    for (const headline of report.headlines) {
      if (/ fined \$/.test(headline)) fines++;
      if (/forced to divest/.test(headline)) divestitures++;
    }
    if (report.events.some((e) => e.eventId.includes('bubble')) && bubbleQuarter === null)
      bubbleQuarter = report.quarter;
    // The total before this quarter's figures move, so a scare's first quarter counts in its fall.
    labTotals[report.quarter] = labs.reduce((sum, id) => sum + (valuations[id] ?? 0), 0);
    for (const company of report.companies) {
      const line = company.lines.find((l) => l.figure === 'valuation');
      if (line) valuations[company.companyId] = line.after;
      if (company.status === 'bankrupt') valuations[company.companyId] = 0;
    }
  }
  labTotals[reports.length] = labs.reduce((sum, id) => sum + (valuations[id] ?? 0), 0);
  let bubbleLabDropBp = 0;
  if (bubbleQuarter !== null) {
    const before = labTotals[bubbleQuarter] ?? 0;
    for (let q = bubbleQuarter + 1; q <= Math.min(labTotals.length - 1, bubbleQuarter + 4); q++) {
      const after = labTotals[q] ?? before;
      if (before > 0)
        bubbleLabDropBp = Math.max(bubbleLabDropBp, Math.round(((before - after) * 10000) / before));
    }
  }
  const proposals = final.deals.length;
  const countered = final.deals.filter((d) => d.status === 'countered').length;
  const refused = final.deals.filter((d) => d.status === 'refused').length;
  return { fines, divestitures, bubbleQuarter, bubbleLabDropBp, proposals, countered, refused };
}
