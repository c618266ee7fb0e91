/**
 * A deterministic scripted strategy: a test driver, not the bot AI (that lives in src/bots). Each turn it
 * walks a fixed list of decisions; each decision looks at the *current* state and proposes at most one
 * action, or passes. Every action goes through `step`; a refused one is skipped. Its randomness comes from
 * its own seeded generator, so the same seed always plays the same game.
 */
import { type Action, type CompanyState, type GameState, hashState, type Level, step } from '../../src/core';
import { debtCapacityM } from '../../src/core/actions/finance';
import { activeCompanyId, startGame } from './game';
import { type ScriptRng, scriptRng } from './script-rng';

interface Turn {
  state: GameState;
  company: CompanyState;
  rng: ScriptRng;
}

type Decision = (turn: Turn) => Action | null;

export interface ScriptedPlayer {
  /** The next action for whichever seat is active; `turn/end` once the seat has nothing left to do. */
  nextAction(state: GameState): Action;
}

export function scriptedPlayer(seed: number): ScriptedPlayer {
  const rng = scriptRng(seed);
  let turnKey = '';
  let position = 0;
  return {
    nextAction(state) {
      const key = `${state.quarter}:${state.activeSeat}`;
      if (key !== turnKey) {
        turnKey = key;
        position = 0;
      }
      const seat = activeCompanyId(state);
      const company = state.companies[seat];
      const plan = company ? turnPlan(state) : [];
      while (company && position < plan.length) {
        const decide = plan[position++] as Decision;
        const action = decide({ state, company, rng });
        if (action) return action;
      }
      return { type: 'turn/end', seat };
    },
  };
}

/** The decisions of one turn, in order. Ordering chips is offered once per unit of attention. */
function turnPlan(state: GameState): Decision[] {
  const orders = Array.from({ length: state.config.actionsPerQuarter }, () => orderChips);
  return [
    answerEvent,
    answerEvent,
    answerDeal,
    answerDeal,
    rescue,
    rescue,
    allocateCompute,
    goPublic,
    raiseEquity,
    borrow,
    startProgramme,
    buildDataCenter,
    ...orders,
    repayLoan,
  ];
}

// ---- events and offers --------------------------------------------------------------------------

/** A pending event choice blocks every other move, so it is answered first, with a random option. */
const answerEvent: Decision = ({ state, company, rng }) => {
  const pending = company.pendingChoices[0];
  const card = pending && state.config.events.find((e) => e.id === pending.eventId);
  const option = card?.choice && rng.pick(card.choice.options);
  return pending && option
    ? { type: 'event/choose', seat: company.id, eventId: pending.eventId, optionId: option.id }
    : null;
};

/** Offers addressed to this company (from events or partners) are accepted or refused at random. */
const answerDeal: Decision = ({ state, company, rng }) => {
  const offer = state.deals.find((deal) => deal.status === 'proposed' && deal.to === company.id);
  if (!offer) return null;
  return rng.chance(50)
    ? { type: 'deal/accept', seat: company.id, dealId: offer.id }
    : { type: 'deal/refuse', seat: company.id, dealId: offer.id, reason: 'The script said no.' };
};

// ---- money -------------------------------------------------------------------------------------

/** What the company will have to pay out at the next resolution beyond what it earns. */
function expectedOutflowM(state: GameState, company: CompanyState): number {
  let outflow = Math.max(0, -company.operatingCashFlowM);
  for (const site of company.dataCenters)
    if (site.status === 'building')
      outflow += Math.ceil((site.capexM - site.capexPaidM) / Math.max(1, site.quartersToGo));
  for (const programme of company.programmes) {
    const chip = state.config.chips.find((c) => c.id === programme.chipId);
    if (!programme.ready && chip?.inHouse) outflow += chip.inHouse.rndCostPerQuarterM;
  }
  for (const loan of company.loans) {
    outflow += Math.ceil((loan.principalM * loan.rateBp) / 40000);
    if (loan.maturityQuarter <= state.quarter + 1) outflow += loan.principalM;
  }
  return outflow;
}

/** Cash the script keeps back: two quarters of expected outflow. */
const reserveM = (state: GameState, company: CompanyState) => 2 * expectedOutflowM(state, company);
const spendableM = (state: GameState, company: CompanyState) => company.cashM - reserveM(state, company);

const rescue: Decision = ({ state, company, rng }) => {
  if (company.status !== 'distressed') return null;
  const owedM = company.arrears.reduce((sum, a) => sum + a.amountM, 0);
  const shortM = owedM - company.cashM;
  if (shortM <= 0) return null;
  const { maxRaiseBpOfValuation, emergencyDiscountBp } = state.config.market.equity;
  const priceM = Math.floor((company.valuationM * (10000 - emergencyDiscountBp)) / 10000);
  const maxRaiseM = Math.floor((priceM * maxRaiseBpOfValuation) / 10000);
  if (maxRaiseM > shortM && rng.chance(70))
    return {
      type: 'finance/emergencyRaise',
      seat: company.id,
      amountM: Math.min(maxRaiseM, Math.ceil(shortM * 1.2)),
    };
  // Sell the biggest holding of one chip type at one site.
  const holdings = new Map<string, { dataCenterId: number; chipId: string; k: number }>();
  for (const batch of company.chipBatches) {
    const key = `${batch.dataCenterId}:${batch.chipId}`;
    const entry = holdings.get(key) ?? { dataCenterId: batch.dataCenterId, chipId: batch.chipId, k: 0 };
    entry.k += batch.k;
    holdings.set(key, entry);
  }
  const biggest = [...holdings.values()].sort((a, b) => b.k - a.k)[0];
  return biggest ? { type: 'assets/sellChips', seat: company.id, ...biggest } : null;
};

const goPublic: Decision = ({ state, company }) => {
  const rules = state.config.market.ipo;
  const eligible =
    company.role === 'lab' &&
    !company.isPublic &&
    company.status === 'active' &&
    company.valuationM >= rules.minValuationM &&
    company.valuation.revenueRunRateM >= rules.minRevenueRunRateM &&
    state.market.sentimentBp >= rules.minSentimentBp;
  return eligible ? { type: 'finance/ipo', seat: company.id } : null;
};

const raiseEquity: Decision = ({ state, company, rng }) => {
  if (company.role !== 'lab' || company.status !== 'active') return null;
  const gapM = 3 * expectedOutflowM(state, company) - company.cashM;
  if (gapM <= 0) return null;
  const maxM = Math.floor((company.valuationM * state.config.market.equity.maxRaiseBpOfValuation) / 10000);
  const amountM = Math.min(Math.floor((maxM * rng.int(50, 95)) / 100), gapM * 2);
  return amountM >= 1 ? { type: 'finance/raiseEquity', seat: company.id, amountM } : null;
};

const borrow: Decision = ({ state, company, rng }) => {
  if (company.status !== 'active') return null;
  const gapM = 3 * expectedOutflowM(state, company) - company.cashM;
  if (gapM <= 0) return null;
  const amountM = Math.min(gapM, Math.floor((debtCapacityM(state, company) * rng.int(40, 90)) / 100));
  return amountM >= 1 ? { type: 'finance/borrow', seat: company.id, amountM } : null;
};

const repayLoan: Decision = ({ state, company, rng }) => {
  const loan = company.loans[0];
  if (!loan || company.status !== 'active' || !rng.chance(30)) return null;
  const surplusM = company.cashM - 4 * reserveM(state, company) - 10_000;
  if (surplusM <= 0) return null;
  return {
    type: 'finance/repay',
    seat: company.id,
    loanId: loan.id,
    amountM: Math.min(surplusM, loan.principalM),
  };
};

// ---- compute -----------------------------------------------------------------------------------

const allocateCompute: Decision = ({ company, rng }) => {
  if (company.role !== 'lab' || rng.chance(20)) return null;
  const { inferenceCu, idleCu } = company.compute;
  // Idle inference means demand is the limit: train more. Fully used inference: serve more.
  const drift = idleCu > 0 ? rng.int(300, 1200) : inferenceCu > 0 ? -rng.int(200, 800) : 0;
  const trainingBp = Math.max(2000, Math.min(8000, company.trainingShareBp + drift + rng.int(-300, 300)));
  return trainingBp === company.trainingShareBp
    ? null
    : { type: 'compute/allocate', seat: company.id, trainingBp };
};

// ---- chips and data centers --------------------------------------------------------------------

/** IT power of a site in kW, after PUE. */
function itKw(state: GameState, regionId: string, mw: number): number {
  const pueBp = state.config.regions.find((r) => r.id === regionId)?.pueBp ?? 10000;
  return Math.floor((mw * 1000 * 10000) / pueBp);
}

/** kW the chips installed at a site and still on order for it will draw. */
function committedKw(state: GameState, company: CompanyState, siteId: number): number {
  const powerOf = (chipId: string) => state.config.chips.find((c) => c.id === chipId)?.powerW ?? 0;
  let kw = 0;
  for (const batch of company.chipBatches)
    if (batch.dataCenterId === siteId) kw += batch.k * powerOf(batch.chipId);
  for (const order of state.orders)
    if (order.companyId === company.id && order.dataCenterId === siteId)
      kw += (order.k - order.deliveredK) * powerOf(order.chipId);
  return kw;
}

function spareKwBySite(state: GameState, company: CompanyState): { siteId: number; spareKw: number }[] {
  return company.dataCenters.map((site) => ({
    siteId: site.id,
    spareKw: itKw(state, site.regionId, site.mw) - committedKw(state, company, site.id),
  }));
}

const startProgramme: Decision = ({ state, company, rng }) => {
  if (company.role !== 'cloud' || company.status !== 'active' || !rng.chance(40)) return null;
  const chip = state.config.chips.find((c) => c.inHouse?.companyId === company.id);
  if (!chip?.inHouse || company.programmes.some((p) => p.chipId === chip.id)) return null;
  if (spendableM(state, company) < chip.inHouse.rndCostPerQuarterM * chip.inHouse.rndQuarters) return null;
  return { type: 'chips/startProgram', seat: company.id, chipId: chip.id };
};

const buildDataCenter: Decision = ({ state, company, rng }) => {
  if (company.status !== 'active') return null;
  const sites = spareKwBySite(state, company);
  const totalKw = company.dataCenters.reduce((sum, site) => sum + itKw(state, site.regionId, site.mw), 0);
  const spareKw = sites.reduce((sum, site) => sum + Math.max(0, site.spareKw), 0);
  // Build when less than a fifth of the power already built or under way is still free for chips.
  if (spareKw * 5 > totalKw) return null;
  const regions = state.config.regions.filter((r) => {
    const live = state.regions[r.id];
    return live && live.powerMw - live.claimedMw >= 50;
  });
  const region = rng.pick(regions);
  const live = region && state.regions[region.id];
  if (!region || !live) return null;
  const budgetM = spendableM(state, company);
  const wantMw = rng.pick([100, 150, 200, 300, 400]) ?? 100;
  const mw = Math.min(wantMw, live.powerMw - live.claimedMw, Math.floor(budgetM / region.costPerMwM));
  return mw >= 50 ? { type: 'datacenter/build', seat: company.id, regionId: region.id, mw } : null;
};

function chipChoices(state: GameState, company: CompanyState) {
  return state.config.chips.filter((chip) => {
    if (!chip.inHouse) return true;
    return (
      chip.inHouse.companyId === company.id && company.programmes.some((p) => p.chipId === chip.id && p.ready)
    );
  });
}

const orderChips: Decision = ({ state, company, rng }) => {
  if (company.status !== 'active' || state.attentionUsed >= state.config.actionsPerQuarter) return null;
  const site = spareKwBySite(state, company).sort((a, b) => b.spareKw - a.spareKw || a.siteId - b.siteId)[0];
  const choices = chipChoices(state, company);
  // Prefer the most compute per dollar, but not always: lead times and supply differ.
  const best = [...choices].sort((a, b) => b.computeTf * a.priceMPerK - a.computeTf * b.priceMPerK)[0];
  const chip = rng.chance(70) ? best : rng.pick(choices);
  if (!site || !chip || site.spareKw <= 0) return null;
  const budgetM = spendableM(state, company) - 500;
  const fitK = Math.floor(site.spareKw / chip.powerW);
  const affordK = Math.floor(budgetM / chip.priceMPerK);
  // With more attention to spend, the script orders in smaller lots (a quarter's supply over three orders).
  const lotMaxK = Math.max(5, Math.floor((chip.supplyKPerQuarter * 3) / state.config.actionsPerQuarter));
  const lotK = rng.int(Math.max(5, Math.floor(lotMaxK / 4)), lotMaxK);
  const k = Math.min(fitK, affordK, lotK);
  return k >= 5
    ? { type: 'chips/order', seat: company.id, chipId: chip.id, k, dataCenterId: site.siteId }
    : null;
};

// ---- whole games ---------------------------------------------------------------------------------

export interface PlayedGame {
  /** Accepted actions only: the save's action log. */
  actions: Action[];
  /** hashState after each quarter resolved, in order. */
  quarterHashes: string[];
  final: GameState;
  refused: number;
}

export interface PlayOptions {
  /** Seed of the script's own generator; defaults to one derived from the game seed. */
  playerSeed?: number;
  /** Stop after this many quarters have resolved (the whole level by default). */
  quarters?: number;
  /** Called after every accepted action, with the state it produced. */
  onAccepted?: (state: GameState, action: Action) => void;
}

export function playFrom(start: GameState, playerSeed: number, options: PlayOptions = {}): PlayedGame {
  const player = scriptedPlayer(playerSeed);
  const actions: Action[] = [];
  const quarterHashes: string[] = [];
  let state = start;
  let refused = 0;
  const quarters = options.quarters ?? Number.POSITIVE_INFINITY;
  // A scripted turn is finite, so this bound only catches a bug in the driver itself.
  const maxSteps = 1000 * state.config.quarters * state.seats.length;
  for (let i = 0; state.phase !== 'over' && quarterHashes.length < quarters; i++) {
    if (i > maxSteps) throw new Error('the scripted player is stuck');
    const action = player.nextAction(state);
    const result = step(state, action);
    if (!result.ok) {
      refused++;
      continue;
    }
    state = result.state;
    actions.push(action);
    options.onAccepted?.(state, action);
    if (result.report) quarterHashes.push(hashState(state));
  }
  return { actions, quarterHashes, final: state, refused };
}

export function playGame(
  level: Level,
  companyIds: readonly string[],
  seed: number,
  options: PlayOptions = {},
): PlayedGame {
  return playFrom(startGame(level, companyIds, seed), options.playerSeed ?? (seed ^ 0x5eed) >>> 0, options);
}
