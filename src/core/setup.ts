/**
 * `newGame(setup)`: a validated level, the seats (which company, human or bot) and a seed become the
 * first state. The setup is untrusted (it may come from a save or a share link), so it is checked here.
 */
import { freeze } from 'immer';
import * as v from 'valibot';
import { hashValue } from './hash';
import { applyBp, mulDiv } from './intmath';
import { describeProblem, type LevelProblem, parseLevel } from './level/parse';
import type { CompanySetup, Level } from './level/schema';
import { startingBaseBusiness } from './model/base-business';
import { ALL_OWNERS_PPM } from './model/owners';
import { capabilityFor } from './model/scaling';
import { clip, quote } from './quote';
import { updateConcentration } from './regulation/hhi';
import { newNotes } from './report';
import { openQuarter } from './resolve/quarter';
import { updateCapability, updateValuations } from './resolve/valuation';
import { fail, type GameError } from './result';
import { seedRng } from './rng';
import type { CompanyState, GameState, Seat } from './state';
import { BOT_PERSONALITIES, EXTERNAL_ACCOUNTS } from './vocabulary';

const ControllerSchema = v.variant(
  'kind',
  [
    v.strictObject({
      kind: v.literal('human'),
      name: v.pipe(
        v.string('must be text'),
        v.minLength(1, 'must not be empty'),
        v.maxLength(40, 'must be at most 40 characters'),
      ),
    }),
    v.strictObject({
      kind: v.literal('bot'),
      personality: v.picklist(BOT_PERSONALITIES, `must be one of: ${BOT_PERSONALITIES.join(', ')}`),
    }),
  ],
  'must be an object whose "kind" is human or bot',
);

const SeatsSchema = v.array(
  v.strictObject({ companyId: v.string('must be a company id'), controller: ControllerSchema }),
  'must be a list of seats',
);
const SeedSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be ≥ 0'),
  v.maxValue(0xffffffff, 'must be at most 4294967295'),
);

export interface GameSetup {
  level: unknown;
  seats: unknown;
  seed: unknown;
}

export type NewGameResult = { ok: true; state: GameState } | { ok: false; error: GameError };

export function newGame(setup: GameSetup): NewGameResult {
  const parsedLevel = parseLevel(setup.level);
  if (!parsedLevel.ok)
    return fail('setup/invalid', `The level is not valid: ${levelProblemSummary(parsedLevel.problems)}.`);
  const level = parsedLevel.level;
  const seats = v.safeParse(SeatsSchema, setup.seats);
  if (!seats.success)
    return fail('setup/invalid', `seats${pathOf(seats.issues[0])}: ${seatMessage(seats.issues[0])}.`);
  const seed = v.safeParse(SeedSchema, setup.seed);
  if (!seed.success) return fail('setup/invalid', `seed: ${seed.issues[0]?.message ?? 'is not valid'}.`);
  const seatProblem = checkSeats(level, seats.output);
  if (seatProblem) return fail('setup/invalid', seatProblem);
  // Frozen like every state `step` returns: nothing can change it by accident, and immer skips it.
  return { ok: true, state: freeze(initialState(level, seats.output, seed.output), true) };
}

/** The first problem and how many more: one bounded sentence (the CLI lists them all when it loads a file). */
function levelProblemSummary(problems: readonly LevelProblem[]): string {
  const first = problems[0] ? describeProblem(problems[0]) : 'it could not be read';
  return problems.length > 1 ? `${first} (and ${problems.length - 1} more problems)` : first;
}

function checkSeats(level: Level, seats: Seat[]): string | null {
  if (seats.length < level.seats.min || seats.length > level.seats.max)
    return `This level is for ${level.seats.min} to ${level.seats.max} seats; ${seats.length} were given.`;
  const seen = new Set<string>();
  for (const [i, seat] of seats.entries()) {
    const company = level.companies.find((c) => c.id === seat.companyId);
    if (!company) return `seats[${i}].companyId: ${quote(seat.companyId)} is not a company of this level.`;
    if (seen.has(seat.companyId)) return `seats[${i}].companyId: ${quote(seat.companyId)} has two seats.`;
    seen.add(seat.companyId);
    if (seat.controller.kind === 'human' && !company.humanAllowed)
      return `seats[${i}]: ${company.name} is played by the computer in this level.`;
  }
  return null;
}

function initialState(level: Level, seats: Seat[], seed: number): GameState {
  let nextId = 1;
  const companies: Record<string, CompanyState> = {};
  const claimedMw: Record<string, number> = {};
  for (const seat of seats) {
    const setup = level.companies.find((c) => c.id === seat.companyId) as CompanySetup;
    const company = startingCompany(level, setup, () => nextId++);
    for (const site of company.dataCenters)
      claimedMw[site.regionId] = (claimedMw[site.regionId] ?? 0) + site.mw;
    companies[company.id] = company;
  }
  const totalCash = Object.values(companies).reduce((sum, c) => sum + c.cashM, 0);
  const state: GameState = {
    schemaVersion: 1,
    config: level,
    levelHash: hashValue(level),
    seed,
    rng: seedRng(seed),
    quarter: 0,
    phase: 'acting',
    seats,
    activeSeat: 0,
    attentionUsed: 0,
    nextId,
    market: {
      sentimentBp: level.market.sentimentBp,
      baseRateBp: level.market.baseRateBp,
      modelDemandM: level.market.modelDemandM,
      spotDemandCu: level.market.spot.demandCu,
      spotPricePerCu: level.market.spot.maxPricePerCu,
      restOfMarketCapability: level.market.restOfMarket.capability,
      equityShutUntilQuarter: null,
    },
    regions: Object.fromEntries(
      level.regions.map((r) => [r.id, { powerMw: r.powerMw, claimedMw: claimedMw[r.id] ?? 0 }]),
    ),
    orders: [],
    deals: [],
    regulation: {
      hhiCompute: 0,
      hhiModel: 0,
      otherComputeCu: level.regulation.otherComputeCu,
      exportControls: [],
      ipoWindow: null,
    },
    events: [],
    companies,
    // The starting cash came from investors and lenders before the game: the outside world is owed it.
    external: {
      ...Object.fromEntries(EXTERNAL_ACCOUNTS.map((account) => [account, 0])),
      ...Object.fromEntries(level.partners.map((partner) => [`npc:${partner.id}`, 0])),
      'ext:investors': -totalCash,
    },
    warrantTranches: {},
    letterBaselineMw: {},
    letterStages: {},
    cashFlow: {},
    snapshots: {},
    lastReport: null,
    ranking: null,
  };
  updateCapability(state, newNotes([]));
  updateValuations(state);
  for (const company of Object.values(companies)) company.startValuationM = company.valuationM;
  updateConcentration(state);
  openQuarter(state);
  return state;
}

function startingCompany(level: Level, setup: CompanySetup, newId: () => number): CompanyState {
  // Five quarters of history compounding at the stated yearly growth, so growth is defined from the start.
  const quarterlyBp = quarterlyRateBp(setup.revenueGrowthBp);
  const revenueHistoryM = [setup.quarterlyRevenueM];
  while (revenueHistoryM.length < 5)
    revenueHistoryM.unshift(mulDiv(revenueHistoryM[0] ?? 0, 10000, 10000 + quarterlyBp));
  const company: CompanyState = {
    id: setup.id,
    name: setup.name,
    role: setup.role,
    status: 'active',
    cashM: setup.cashM,
    revenueHistoryM,
    staffOpexM: setup.staffOpexM,
    staffOpexGrowthBp: setup.staffOpexGrowthBp,
    baseBusiness: setup.baseBusiness ? startingBaseBusiness(setup.baseBusiness) : null,
    trainingShareBp: setup.role === 'lab' ? setup.trainingShareBp : 0,
    cumulativeTrainingCu: setup.cumulativeTrainingCu,
    capability: setup.role === 'lab' ? capabilityFor(level, setup.cumulativeTrainingCu) : 0,
    capTable: Object.fromEntries(setup.capTable.map((entry) => [entry.holder, entry.bp])),
    ownersPpm: ALL_OWNERS_PPM,
    equityRoundQuarters: [],
    dataCenters: [],
    chipBatches: [],
    programmes: [],
    loans: [],
    arrears: [],
    isPublic: setup.isPublic,
    ipoQuarter: null,
    ipoValuationM: null,
    valuationM: 0,
    startValuationM: 0,
    valuation: {
      revenueRunRateM: 0,
      growthBp: 0,
      leadPoints: 0,
      multipleTenths: 0,
      sentimentBp: 0,
      riskDiscountBp: 0,
      takeOrPayNextYearM: 0,
      commitmentLoadBp: 0,
      operatingValueM: 0,
      capabilityValueM: 0,
      stakesValueM: 0,
      netCashM: 0,
      totalM: 0,
    },
    operatingCashFlowM: setup.quarterlyRevenueM - setup.staffOpexM,
    compute: { capacityCu: 0, trainingCu: 0, inferenceCu: 0, spotSoldCu: 0, idleCu: 0 },
    objectivesMet: {},
    scrutiny: 0,
    govRelations: 0,
    govProgrammes: [],
    inquiryOpen: false,
    inquiryQuarters: 0,
    finedThisEpisode: false,
    riskEffects: [],
    record: { proposed: 0, signed: 0, refused: 0, blocked: 0, defaults: 0 },
    pendingChoices: [],
    exitQuarter: null,
    totals: { capexM: 0, revenueM: 0, raisedM: 0 },
  };
  for (const site of setup.dataCenters) {
    const region = level.regions.find((r) => r.id === site.regionId);
    const capexM = site.mw * (region?.costPerMwM ?? 0);
    const id = newId();
    company.dataCenters.push({
      id,
      regionId: site.regionId,
      mw: site.mw,
      status: 'operating',
      quartersToGo: 0,
      capexM,
      capexPaidM: capexM,
      // Starting sites are taken as half way through their lives.
      bookValueM: applyBp(capexM, 5000),
      depreciationQuartersLeft: Math.ceil(level.market.dataCenterDepreciationQuarters / 2),
      startedQuarter: 0,
    });
    for (const batch of site.chips) {
      const chip = level.chips.find((c) => c.id === batch.chipId);
      if (batch.k === 0 || !chip) continue;
      company.chipBatches.push({
        id: newId(),
        dataCenterId: id,
        chipId: batch.chipId,
        k: batch.k,
        bookValueM: applyBp(batch.k * chip.priceMPerK, 5000),
        depreciationQuartersLeft: Math.ceil(level.market.chipDepreciationQuarters / 2),
      });
    }
  }
  if (setup.debtM > 0) {
    company.loans.push({
      id: newId(),
      principalM: setup.debtM,
      rateBp: level.market.baseRateBp + level.market.debt.spreadBp,
      maturityQuarter: level.market.debt.termQuarters - 1, // a full term from the first quarter
    });
  }
  return company;
}

/** The quarterly rate (bp) that compounds to `yearlyBp` over four quarters, found by bisection on integers. */
export function quarterlyRateBp(yearlyBp: number): number {
  const compound = (q: number) => {
    let value = 10000;
    for (let i = 0; i < 4; i++) value = mulDiv(value, 10000 + q, 10000);
    return value;
  };
  let low = -9999;
  let high = Math.max(0, yearlyBp);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (compound(mid) >= 10000 + yearlyBp) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** valibot's "Invalid key: Expected …" for a missing field is not for players: say it plainly. */
/** valibot's own words ("Invalid key: Expected never…") are not for players: say it in the house's words. */
function seatMessage(issue: v.BaseIssue<unknown> | undefined): string {
  if (issue?.type === 'strict_object') {
    if (issue.expected === 'never') return 'is not a field of a seat';
    return issue.received === 'undefined' ? 'is missing' : 'must be an object';
  }
  return issue?.message ?? 'are not valid';
}

function pathOf(issue: v.BaseIssue<unknown> | undefined): string {
  return (issue?.path ?? [])
    .map((item) => {
      const key = (item as { key: unknown }).key;
      // A field name is input too: bounded, on one line.
      return typeof key === 'number' ? `[${key}]` : `.${clip(String(key))}`;
    })
    .join('');
}
