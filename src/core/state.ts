/**
 * The game state: plain, serialisable data only (no Map, Set, class or float), so that a save is the
 * setup plus the action log and the same fold gives the same hash everywhere.
 */
import type { Term } from './deals/terms';
import type { Level } from './level/schema';
import type { BaseBusiness } from './model/base-business';
import type { QuarterReport } from './report';
import type { BotPersonality, CompanyStatus, GamePhase, Role } from './vocabulary';

export type Controller = { kind: 'human'; name: string } | { kind: 'bot'; personality: BotPersonality };

export interface Seat {
  readonly companyId: string;
  readonly controller: Controller;
}

export interface ChipOrder {
  id: number;
  companyId: string;
  chipId: string;
  dataCenterId: number;
  k: number; // thousands of chips ordered
  deliveredK: number;
  priceMPerK: number; // locked at order time
  orderedQuarter: number;
  /** First quarter in which the order may be filled (order quarter + lead time). */
  eligibleQuarter: number;
}

export type DataCenterStatus = 'permitting' | 'building' | 'operating';

export interface DataCenter {
  id: number;
  regionId: string;
  mw: number;
  status: DataCenterStatus;
  /** Quarters of the current stage still to run (permit, then construction). */
  quartersToGo: number;
  capexM: number; // facility cost, chips not included
  capexPaidM: number;
  bookValueM: number;
  depreciationQuartersLeft: number;
  startedQuarter: number;
}

/** One delivery of chips into one data center, depreciated on its own schedule. */
export interface ChipBatch {
  id: number;
  dataCenterId: number;
  chipId: string;
  k: number;
  bookValueM: number;
  depreciationQuartersLeft: number;
}

export interface Loan {
  id: number;
  principalM: number;
  rateBp: number; // annual
  maturityQuarter: number; // repaid in full at the end of this quarter
}

/** A payment resolution could not make. It must be paid before the company's next turn ends. */
export interface Arrear {
  to: string; // account the money is owed to
  amountM: number;
  reason: string;
}

export interface ChipProgramme {
  chipId: string;
  startedQuarter: number;
  quartersDone: number;
  ready: boolean;
}

/** The parts of the last valuation, kept so the report can say which one moved it. */
export interface ValuationParts {
  revenueRunRateM: number;
  growthBp: number;
  leadPoints: number;
  multipleTenths: number;
  sentimentBp: number;
  /** The whole discount, commitments included (80% at most). */
  riskDiscountBp: number;
  /** Take-or-pay payments due over the next four quarters, and the part of the discount they cause. */
  takeOrPayNextYearM: number;
  commitmentLoadBp: number;
  operatingValueM: number;
  capabilityValueM: number;
  stakesValueM: number;
  netCashM: number;
  totalM: number;
}

/** A temporary extra risk discount (a default, an event), with why. */
export interface RiskEffect {
  bp: number;
  untilQuarter: number; // last quarter it applies to
  reason: string;
}

export interface DealRecord {
  proposed: number;
  signed: number;
  refused: number; // proposals of this company that were refused
  blocked: number; // proposals of this company blocked by the regulator
  defaults: number;
}

/** An event choice the company must answer before it can act. */
export interface PendingChoice {
  eventId: string;
  quarter: number;
}

export interface CompanyState {
  id: string;
  name: string;
  role: Role;
  status: CompanyStatus;
  cashM: number;
  /** Quarterly revenue, oldest first, the last being the latest quarter (kept to five for year-on-year growth). */
  revenueHistoryM: number[];
  staffOpexM: number;
  staffOpexGrowthBp: number;
  /** The existing (non-AI) cloud business: its demand, what it served, the legacy fleet it runs on. */
  baseBusiness: BaseBusiness | null;
  trainingShareBp: number;
  cumulativeTrainingCu: number;
  capability: number;
  capTable: Record<string, number>; // holder -> bp, always summing to 10,000
  /** Millionths of the company its starting shareholders still hold: diluted by every new share issued. */
  ownersPpm: number;
  /** Quarters in which the company sold new shares in a round (rescue rounds included), oldest first; the last eight. */
  equityRoundQuarters: number[];
  dataCenters: DataCenter[];
  chipBatches: ChipBatch[];
  programmes: ChipProgramme[];
  loans: Loan[];
  arrears: Arrear[];
  isPublic: boolean;
  ipoQuarter: number | null;
  /** The valuation it listed at: the IPO objective is judged on this, not on what came after. */
  ipoValuationM: number | null;
  valuationM: number;
  startValuationM: number; // when the game began, for rankings by value created
  valuation: ValuationParts;
  /** Compute of the latest quarter, in CU. */
  /** Revenue less operating costs of the latest quarter: negative while the company burns cash. */
  operatingCashFlowM: number;
  compute: {
    capacityCu: number;
    trainingCu: number;
    inferenceCu: number;
    spotSoldCu: number;
    idleCu: number;
  };
  objectivesMet: Record<string, number>; // objective id -> quarter index it was met
  scrutiny: number; // regulatory scrutiny, 0–1,000 points
  govRelations: number; // points of scrutiny relief a quarter
  govProgrammes: string[]; // government-relations programmes joined ('adviser', 'initiative')
  inquiryOpen: boolean;
  /** Quarters the current inquiry has been open: one that still finds the company dominant after a year ends in a fine. */
  inquiryQuarters: number;
  finedThisEpisode: boolean; // fined since scrutiny last fell below the inquiry threshold
  riskEffects: RiskEffect[];
  record: DealRecord;
  pendingChoices: PendingChoice[];
  exitQuarter: number | null;
  totals: { capexM: number; revenueM: number; raisedM: number };
}

export interface MarketState {
  sentimentBp: number;
  baseRateBp: number;
  modelDemandM: number;
  spotDemandCu: number;
  spotPricePerCu: number; // last clearing price
  restOfMarketCapability: number;
  /**
   * Last quarter of a scare that keeps investors away whatever the mood (no ordinary round, no listing
   * until it has passed), or null. Sentiment recovers within a few quarters; the appetite for new issues
   * after a crash takes longer.
   */
  equityShutUntilQuarter: number | null;
}

export interface RegionState {
  powerMw: number;
  claimedMw: number;
}

export interface CashItem {
  label: string;
  amountM: number; // + in, − out
  counterparty: string;
}

/** What each company looked like when the quarter began, so the report can say what changed. */
export interface QuarterSnapshot {
  cashM: number;
  revenueM: number;
  valuationM: number;
  valuation: ValuationParts;
  capability: number;
  capacityCu: number;
  debtM: number;
  operatingMw: number;
  sentimentBp: number;
}

export interface RankingEntry {
  rank: number;
  companyId: string;
  objectivesMet: number;
  valuationM: number;
  /** What the starting shareholders hold of that valuation, in $M: the score. */
  ownersValueM: number;
  /** Owners' value as a multiple of the starting valuation, in bp (25,000 = 2.5×). */
  ownersGrowthBp: number;
  bankrupt: boolean;
}

export type DealStatus =
  | 'proposed'
  | 'countered'
  | 'refused'
  | 'expired'
  | 'blocked'
  | 'active'
  | 'completed'
  | 'terminated';

/** Progress of one term of a signed deal. */
export interface TermProgress {
  quartersDone: number;
  prepaidLeftM: number; // chip supply: prepayment not yet drawn down
  deliveredNow: number; // this quarter's delivery (CU or k chips), set during resolution
  paidM: number; // paid under this term so far
}

export interface Deal {
  id: number;
  from: string; // proposer
  to: string; // recipient
  terms: Term[];
  status: DealStatus;
  proposedQuarter: number;
  parentId: number | null; // the proposal this one counters
  round: number; // 1 for an opening offer, +1 per counter
  signedQuarter: number | null;
  endedQuarter: number | null;
  progress: TermProgress[];
  defaultedBy: string | null;
  terminableBy: string | null; // the party that may end it after a default
  /** $M each party has paid the other under this deal, for the circular-money report. */
  paidBy: Record<string, number>;
  reason: string | null; // why it was refused, blocked or ended
}

export interface ExportControl {
  regionId: string;
  supplyBp: number; // share of chip deliveries still allowed into the region
  untilQuarter: number;
  reason: string;
}

export interface RegulationState {
  hhiCompute: number; // 0–10,000
  hhiModel: number;
  otherComputeCu: number;
  exportControls: ExportControl[];
  ipoWindow: { untilQuarter: number; minSentimentBp: number } | null;
}

/** An event that fired at the start of a quarter, as players read it. */
export interface FiredEvent {
  eventId: string;
  quarter: number;
  title: string;
  text: string;
  source: string;
  targets: string[]; // company ids; empty for the whole market
  effects: string[]; // plain sentences
}

export interface GameState {
  readonly schemaVersion: 1;
  readonly config: Level;
  readonly levelHash: string;
  readonly seed: number;
  rng: [number, number, number, number];
  quarter: number; // 0-based index into the level's span
  phase: GamePhase;
  seats: Seat[];
  activeSeat: number;
  attentionUsed: number;
  nextId: number;
  market: MarketState;
  regions: Record<string, RegionState>;
  orders: ChipOrder[];
  deals: Deal[];
  regulation: RegulationState;
  events: FiredEvent[]; // every event so far, newest last
  companies: Record<string, CompanyState>;
  /**
   * Balances of the accounts outside the game (`ext:*`, and `npc:<partner>` for level partners); with
   * company cash they always sum to zero.
   */
  external: Record<string, number>;
  /** Tranches of each partner's warrant that have vested, by partner id (see `Partner.warrant`). */
  warrantTranches: Record<string, number>;
  /**
   * MW of each letter partner's chips deployed for its investee when the letter was signed (its first
   * quarter began), by partner id: the baseline its gigawatt milestones count from.
   */
  letterBaselineMw: Record<string, number>;
  /**
   * Gigawatt milestones (stages) each letter has reached, by partner id: a milestone reached stays
   * reached, though the commitment whose chips reached it ends.
   */
  letterStages: Record<string, number>;
  cashFlow: Record<string, CashItem[]>; // this quarter's, per company
  snapshots: Record<string, QuarterSnapshot>;
  lastReport: QuarterReport | null;
  ranking: RankingEntry[] | null;
}
