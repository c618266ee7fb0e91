/**
 * Small, deterministic scripted players for the level tests. They act only through `step`, like any
 * player, and read only the state: a strategy is a generator that yields one action at a time, sees the
 * result of each, and ends its turn. Two kinds:
 * - `doNothing`: answers event choices (first option) and ends its turns; proposals lapse unanswered.
 * - `scripted(plan)`: a plain per-role player — labs buy compute and split it, clouds build and sell
 *   capacity — shaped by a level's plan (which deals to propose, which offers to take, when to list).
 */
import {
  type Action,
  type CompanyState,
  companyCapacity,
  type Deal,
  debtCapacityM,
  type GameState,
  type Level,
  newGame,
  type Role,
  type StepResult,
  step,
  type Term,
} from '../../src/core';

// ---------------------------------------------------------------------------------------------------------
// Playing a game

export interface TurnContext {
  /** The state now (it changes after every action the turn yields). */
  readonly state: GameState;
  readonly companyId: string;
  readonly company: CompanyState;
}

export type TurnPlan = Generator<Action, void, StepResult>;

export interface Strategy {
  readonly name: string;
  turn(ctx: TurnContext): TurnPlan;
  /** The answer to an open proposal made to this company, or null to let it lapse. */
  answer(state: GameState, companyId: string, deal: Deal): Action | null;
}

export interface SeatSpec {
  companyId: string;
  strategy: Strategy;
}

export interface PlayResult {
  state: GameState;
  /** Actions the rules refused, with why: a scripted player should make none. */
  refusals: { quarter: number; action: Action; message: string }[];
  actions: number;
}

const MAX_ACTIONS_PER_TURN = 40;

/** Plays a level from `newGame` to the end, each seat driven by its strategy (all seats as bots). */
export function playLevel(
  level: Level,
  seats: SeatSpec[],
  seed: number,
  observe?: (state: GameState) => void,
): PlayResult {
  const created = newGame({
    level,
    seats: seats.map((s) => ({
      companyId: s.companyId,
      controller: { kind: 'bot', personality: 'builder' },
    })),
    seed,
  });
  if (!created.ok) throw new Error(`newGame refused the level: ${created.error.message}`);
  let state = created.state;
  const refusals: PlayResult['refusals'] = [];
  let actions = 0;
  const strategyOf = (id: string) => seats.find((s) => s.companyId === id)?.strategy as Strategy;

  const apply = (action: Action): StepResult => {
    const result = step(state, action);
    actions++;
    if (result.ok) state = result.state;
    else {
      if (result.error.code === 'internal/error') throw new Error(result.error.message);
      refusals.push({ quarter: state.quarter, action, message: result.error.message });
    }
    return result;
  };
  // Proposals to seated companies are answered as soon as they are made, as the rules allow.
  const answerProposals = () => {
    for (let guard = 0; guard < 20; guard++) {
      const open = state.deals.find(
        (d) => d.status === 'proposed' && state.companies[d.to] && !answered.has(d.id),
      );
      if (!open) return;
      answered.add(open.id);
      const answer = strategyOf(open.to)?.answer(state, open.to, open);
      if (answer) apply(answer);
    }
  };
  const answered = new Set<number>();
  // A function, so the compiler does not narrow `state.phase` across the steps that change it.
  const isOver = (): boolean => state.phase === 'over';

  while (!isOver()) {
    const companyId = state.seats[state.activeSeat]?.companyId as string;
    const quarter = state.quarter;
    answerProposals();
    const ctx: TurnContext = {
      get state() {
        return state;
      },
      companyId,
      get company() {
        return state.companies[companyId] as CompanyState;
      },
    };
    const plan = strategyOf(companyId).turn(ctx);
    let next = plan.next();
    let ended = false;
    for (let n = 0; !next.done && n < MAX_ACTIONS_PER_TURN; n++) {
      const result = apply(next.value);
      if (next.value.type === 'turn/end' && result.ok) {
        ended = true;
        break;
      }
      answerProposals();
      next = plan.next(result);
    }
    if (!ended && !isOver() && state.quarter === quarter) {
      const result = apply({ type: 'turn/end', seat: companyId });
      if (!result.ok) throw new Error(`Could not end ${companyId}'s turn: ${result.error.message}`);
    }
    if (observe && (state.quarter !== quarter || isOver())) observe(state);
  }
  return { state, refusals, actions };
}

// ---------------------------------------------------------------------------------------------------------
// Doing nothing

function* answerChoices(ctx: TurnContext, preferred: Record<string, string> = {}): TurnPlan {
  for (let guard = 0; guard < 10; guard++) {
    const pending = ctx.company.pendingChoices[0];
    if (!pending) return;
    const card = ctx.state.config.events.find((e) => e.id === pending.eventId);
    const options = card?.choice?.options ?? [];
    const optionId = options.find((o) => o.id === preferred[pending.eventId])?.id ?? options[0]?.id ?? '';
    yield { type: 'event/choose', seat: ctx.companyId, eventId: pending.eventId, optionId };
  }
}

/** Answers event choices with their first option and ends every turn: the baseline a level must beat. */
export const doNothing: Strategy = {
  name: 'do nothing',
  *turn(ctx) {
    yield* answerChoices(ctx);
    yield { type: 'turn/end', seat: ctx.companyId };
  },
  answer: () => null,
};

// ---------------------------------------------------------------------------------------------------------
// A plain scripted player

export interface Proposal {
  /** 0-based quarter index in which to propose it. */
  quarter: number;
  /** Propose again each quarter up to this one while no deal with `to` has been signed since `quarter`. */
  retryUntil?: number;
  to: string;
  /** The terms, read from the state when proposed; none means skip this one. */
  terms: (state: GameState, companyId: string) => Term[];
}

export interface Plan {
  /** Labs: share of compute that trains (the rest serves customers). */
  trainingBp?: number;
  /** Event choices by event id (otherwise the first option). */
  choices?: Record<string, string>;
  /** Cash kept back from spending on chips and sites, $M. */
  reserveM?: number;
  /** Build data centers of this many MW while cash allows; 0 = never build. */
  buildMw?: number;
  /** Regions to build in, best first (default: the one with the most free power). */
  regions?: string[];
  /** Last 0-based quarter in which to start a new site. */
  buildUntilQuarter?: number;
  /** Clouds: start a new site only while the last spot price ($ per CU) is at least this. */
  buildWhileSpotAbove?: number;
  /** Chips to buy, best first (default: most compute per $ among those it can order). */
  chips?: string[];
  /** Clouds: start the in-house chip programme the level offers. */
  inHouseChips?: boolean;
  /** Raise equity (labs) when cash falls below the reserve. */
  raiseEquity?: boolean;
  /** Borrow when cash falls below the reserve. */
  borrow?: boolean;
  /** Borrow (within what lenders allow) to pay for the next site and its chips when cash falls short. */
  financeBuilds?: boolean;
  /** List as soon as the IPO is allowed and the valuation is at least this much, $M. */
  ipoAtM?: number;
  /** Government relations programmes to join, with the first quarter to do it in. */
  gov?: { adviser?: number; initiative?: number };
  /** Deals to propose. */
  proposals?: Proposal[];
  /** Whether to accept an offered deal; by default a lab accepts compute and money, a cloud money. */
  accept?: (state: GameState, companyId: string, deal: Deal) => boolean;
}

export function scripted(name: string, plan: Plan = {}): Strategy {
  return {
    name,
    *turn(ctx) {
      yield* answerChoices(ctx, plan.choices);
      const attention = () => ctx.state.config.actionsPerQuarter - ctx.state.attentionUsed;
      const me = () => ctx.company;
      const id = ctx.companyId;
      if (me().status === 'distressed') {
        yield* rescue(ctx);
        yield { type: 'turn/end', seat: id };
        return;
      }
      if (me().role === 'lab' && plan.trainingBp !== undefined && me().trainingShareBp !== plan.trainingBp)
        yield { type: 'compute/allocate', seat: id, trainingBp: plan.trainingBp };

      for (const proposal of plan.proposals ?? []) {
        const q = ctx.state.quarter;
        const due =
          q === proposal.quarter ||
          (q > proposal.quarter && q <= (proposal.retryUntil ?? -1) && !signedSince(ctx.state, id, proposal));
        if (!due || attention() <= 0) continue;
        const terms = proposal.terms(ctx.state, id);
        if (terms.length > 0) yield { type: 'deal/propose', seat: id, to: proposal.to, terms };
      }
      if (
        plan.ipoAtM !== undefined &&
        !me().isPublic &&
        attention() > 0 &&
        canList(ctx.state, me(), plan.ipoAtM)
      )
        yield { type: 'finance/ipo', seat: id };
      for (const programme of ['adviser', 'initiative'] as const) {
        const from = plan.gov?.[programme];
        if (from === undefined || ctx.state.quarter < from || me().govProgrammes.includes(programme))
          continue;
        const rules = ctx.state.config.regulation.govRelations;
        const cost = programme === 'adviser' ? rules.adviserCostM : rules.initiativeCostM;
        if (attention() > 0 && me().cashM >= cost) yield { type: 'gov/relations', seat: id, programme };
      }
      if (plan.inHouseChips && attention() > 0) {
        const chip = ctx.state.config.chips.find(
          (c) => c.inHouse?.companyId === id && !me().programmes.some((p) => p.chipId === c.id),
        );
        if (chip) yield { type: 'chips/startProgram', seat: id, chipId: chip.id };
      }
      const reserve = plan.reserveM ?? 0;
      if (me().cashM < reserve && attention() > 0) {
        const raise = financing(ctx.state, me(), reserve - me().cashM + reserve, plan);
        if (raise) yield raise;
      }
      if (plan.financeBuilds && attention() > 1) {
        const shortfall = nextBuildCostM(ctx.state, me(), plan) + reserve - me().cashM;
        const amountM = Math.min(debtCapacityM(ctx.state, me()), shortfall);
        if (shortfall > 0 && amountM >= 1000) yield { type: 'finance/borrow', seat: id, amountM };
      }
      // Fill every site with chips, then build another while the money lasts.
      for (let guard = 0; guard < 6 && attention() > 0; guard++) {
        const order = chipOrder(ctx.state, me(), plan, reserve);
        if (!order) break;
        yield order;
      }
      const spotOk = ctx.state.market.spotPricePerCu >= (plan.buildWhileSpotAbove ?? 0);
      if (
        (plan.buildMw ?? 0) > 0 &&
        attention() > 0 &&
        spotOk &&
        ctx.state.quarter <= (plan.buildUntilQuarter ?? 999)
      ) {
        const build = buildOrder(ctx.state, me(), plan, reserve);
        if (build) {
          yield build;
          if (attention() > 0) {
            const order = chipOrder(ctx.state, me(), plan, reserve);
            if (order) yield order;
          }
        }
      }
      yield { type: 'turn/end', seat: id };
    },
    answer(state, companyId, deal) {
      const accept = plan.accept ?? defaultAccept;
      return accept(state, companyId, deal)
        ? { type: 'deal/accept', seat: companyId, dealId: deal.id }
        : { type: 'deal/refuse', seat: companyId, dealId: deal.id, reason: 'Not for us.' };
    },
  };
}

const signedSince = (state: GameState, companyId: string, proposal: Proposal): boolean =>
  state.deals.some(
    (d) =>
      d.from === companyId &&
      d.to === proposal.to &&
      d.signedQuarter !== null &&
      d.signedQuarter >= proposal.quarter,
  );

/** Labs take compute they can pay for and investments; clouds take investments and compute sales. */
function defaultAccept(state: GameState, companyId: string, deal: Deal): boolean {
  const me = state.companies[companyId] as CompanyState;
  let quarterlyCostM = 0;
  for (const term of deal.terms) {
    if (term.kind === 'exclusivity' && term.bound === companyId) return false;
    if (term.kind === 'computeCommitment' && term.buyer === companyId)
      quarterlyCostM += Math.round((term.cuPerQuarter * term.pricePerCu) / 1_000_000);
    if (term.kind === 'equity' && term.investor === companyId) return false;
  }
  // Take-or-pay only while eight quarters of it are covered by cash.
  return quarterlyCostM * 8 <= me.cashM;
}

function canList(state: GameState, company: CompanyState, atLeastM: number): boolean {
  const rules = state.config.market.ipo;
  const window = state.regulation.ipoWindow;
  const minSentiment =
    window && window.untilQuarter >= state.quarter
      ? Math.min(rules.minSentimentBp, window.minSentimentBp)
      : rules.minSentimentBp;
  return (
    company.valuationM >= Math.max(atLeastM, rules.minValuationM) &&
    company.valuation.revenueRunRateM >= rules.minRevenueRunRateM &&
    state.market.sentimentBp >= minSentiment
  );
}

function financing(state: GameState, company: CompanyState, wantedM: number, plan: Plan): Action | null {
  if (plan.raiseEquity) {
    const maxM = Math.floor((company.valuationM * state.config.market.equity.maxRaiseBpOfValuation) / 10000);
    const amountM = Math.min(maxM, wantedM);
    if (amountM > 0 && company.valuationM > 0 && (amountM * 10000) / (company.valuationM + amountM) >= 1)
      return { type: 'finance/raiseEquity', seat: company.id, amountM };
  }
  if (plan.borrow) {
    const amountM = Math.min(debtCapacityM(state, company), wantedM);
    if (amountM > 0) return { type: 'finance/borrow', seat: company.id, amountM };
  }
  return null;
}

/** A distressed company clears its arrears with an emergency raise, or by selling chips. */
function* rescue(ctx: TurnContext): TurnPlan {
  const owed = ctx.company.arrears.reduce((sum, a) => sum + a.amountM, 0) - ctx.company.cashM;
  if (owed <= 0) return;
  const price = Math.floor(
    (ctx.company.valuationM * (10000 - ctx.state.config.market.equity.emergencyDiscountBp)) / 10000,
  );
  const maxM = Math.floor((price * ctx.state.config.market.equity.maxRaiseBpOfValuation) / 10000);
  if (maxM >= owed && price > 0) yield { type: 'finance/emergencyRaise', seat: ctx.companyId, amountM: owed };
}

const orderableChips = (state: GameState, company: CompanyState, plan: Plan) => {
  const usable = state.config.chips.filter(
    (chip) =>
      !chip.inHouse ||
      (chip.inHouse.companyId === company.id &&
        company.programmes.some((p) => p.chipId === chip.id && p.ready)),
  );
  const ranked = [...usable].sort(
    (a, b) => b.computeTf * a.priceMPerK - a.computeTf * b.priceMPerK || a.id.localeCompare(b.id),
  );
  if (!plan.chips) return ranked;
  const preferred = plan.chips
    .map((chipId) => usable.find((chip) => chip.id === chipId))
    .filter((chip) => chip !== undefined);
  // In-house chips, once ready, come first whatever the plan says: they are the cheapest compute.
  return [...ranked.filter((c) => c.inHouse), ...preferred.filter((c) => !c.inHouse)];
};

/** Thousands of chips a site still has room for (power), counting what is installed and on order. */
function roomK(state: GameState, company: CompanyState, siteId: number, powerW: number): number {
  const site = company.dataCenters.find((dc) => dc.id === siteId);
  if (!site) return 0;
  const pue = state.config.regions.find((r) => r.id === site.regionId)?.pueBp ?? 10000;
  const itKw = Math.floor((site.mw * 1000 * 10000) / pue);
  const usedKw =
    company.chipBatches
      .filter((b) => b.dataCenterId === siteId)
      .reduce((sum, b) => sum + b.k * chipPower(state, b.chipId), 0) +
    state.orders
      .filter((o) => o.companyId === company.id && o.dataCenterId === siteId)
      .reduce((sum, o) => sum + (o.k - o.deliveredK) * chipPower(state, o.chipId), 0);
  return Math.max(0, Math.floor((itKw - usedKw) / powerW));
}

const chipPower = (state: GameState, chipId: string) =>
  state.config.chips.find((c) => c.id === chipId)?.powerW ?? 1;

function chipOrder(state: GameState, company: CompanyState, plan: Plan, reserveM: number): Action | null {
  const chip = orderableChips(state, company, plan)[0];
  if (!chip) return null;
  for (const site of company.dataCenters) {
    const room = roomK(state, company, site.id, chip.powerW);
    // Do not queue more than a year of the chip's supply ahead of delivery.
    const queued = state.orders
      .filter((o) => o.chipId === chip.id)
      .reduce((sum, o) => sum + o.k - o.deliveredK, 0);
    const supplyRoom = Math.max(0, chip.supplyKPerQuarter * 4 - queued);
    const affordable = Math.floor((company.cashM - reserveM) / chip.priceMPerK);
    const k = Math.min(room, affordable, supplyRoom);
    if (k >= 5) return { type: 'chips/order', seat: company.id, chipId: chip.id, k, dataCenterId: site.id };
  }
  return null;
}

/** Where the next site would go and what it and its chips would cost, or null when no region has room. */
function nextSite(state: GameState, company: CompanyState, plan: Plan) {
  const chip = orderableChips(state, company, plan)[0];
  const free = (regionId: string) => {
    const r = state.regions[regionId];
    return r ? r.powerMw - r.claimedMw : 0;
  };
  const regions = (
    plan.regions ?? [...state.config.regions].sort((a, b) => free(b.id) - free(a.id)).map((r) => r.id)
  )
    .map((rid) => state.config.regions.find((r) => r.id === rid))
    .filter((r) => r !== undefined);
  for (const region of regions) {
    const mw = Math.min(plan.buildMw ?? 0, free(region.id));
    if (mw < 20) continue;
    const chipsM = chip ? Math.floor((mw * 1000 * 10000) / region.pueBp / chip.powerW) * chip.priceMPerK : 0;
    return { regionId: region.id, mw, costM: mw * region.costPerMwM + chipsM };
  }
  return null;
}

const nextBuildCostM = (state: GameState, company: CompanyState, plan: Plan): number =>
  (plan.buildMw ?? 0) > 0 ? (nextSite(state, company, plan)?.costM ?? 0) : 0;

function buildOrder(state: GameState, company: CompanyState, plan: Plan, reserveM: number): Action | null {
  const site = nextSite(state, company, plan);
  // The site and enough chips to fill it, on top of the reserve.
  if (!site || company.cashM - reserveM < site.costM) return null;
  return { type: 'datacenter/build', seat: company.id, regionId: site.regionId, mw: site.mw };
}

/** Compute a company has now, in CU (for probes and tests). */
export const capacityOf = (state: GameState, companyId: string): number => {
  const company = state.companies[companyId];
  return company ? companyCapacity(state.config, company).capacityCu : 0;
};

// ---------------------------------------------------------------------------------------------------------
// Per role defaults

/** The simple strategy for a role, used to play every level through. */
export const simplePlans: Record<Role, Plan> = {
  lab: { buildMw: 150, reserveM: 3000, raiseEquity: true },
  cloud: { buildMw: 300, reserveM: 5000, inHouseChips: true, borrow: true, buildWhileSpotAbove: 2500 },
};

export const simpleFor = (role: Role): Strategy => scripted(`simple ${role}`, simplePlans[role]);
