/**
 * What makes each personality play differently. Every decision in the bots reads these numbers, so a
 * personality is a point in this space, not a separate program.
 * - builder: spends ahead of demand — big data centers, full chip queues, in-house chips at once, debt,
 *   hard training (even when a revenue objective is in reach: it bets on the model); lists as soon as the
 *   IPO window opens (the biggest raise there is, for the capacity it wants); signs deals that bring
 *   compute, ignores regulators until an inquiry.
 * - financier: keeps a year of costs in the bank, invests only on a short payback, raises when investors
 *   are keen, repays debt, serves paying customers before training, manages scrutiny early, demands a
 *   margin on every deal.
 * - dealmaker: grows through contracts — take-or-pay compute, vendor financing, equity-for-compute
 *   circles; proposes a deal most quarters, counters instead of refusing, takes fair deals; like the
 *   financier, serves the customers a revenue objective needs before training, and both hold a listing
 *   that is within reach of the level's IPO bar until it meets it.
 */
import type { BotPersonality } from '../core';

export interface Traits {
  /** Cash kept back, in quarters of fixed costs. */
  reserveQuarters: number;
  /** Longest payback (quarters) accepted for new capacity. */
  paybackQuarters: number;
  /** Share (bp) of free cash put into capacity in one quarter. */
  spendShareBp: number;
  /** Size of a new data center, MW (at least; grown to fit the chips planned). */
  dataCenterMw: number;
  /** Quarters of wanted chips a new data center is sized for. */
  siteQuarters: number;
  /** Quarters of chip deliveries it is willing to queue ahead. */
  queueQuarters: number;
  /** Lab: growth of its compute it aims for each quarter, beyond what demand asks (bp). */
  labGrowthBp: number;
  /** Lab: training compute wanted per unit of inference compute (bp). */
  trainingRatioBp: number;
  /** Lab: quarters ahead it looks when splitting compute (further ahead: more training). */
  horizonQuarters: number;
  /** Lab: floor and ceiling of the training share (bp). */
  minTrainingBp: number;
  maxTrainingBp: number;
  /** Lab: trains less to serve the customers a pending revenue run-rate objective needs, once in reach. */
  servesObjectiveFirst: boolean;
  /**
   * Lab: holds its listing for a pending IPO objective once its valuation is within reach of the bar — at
   * least this share (bp) of it — and still below it; 0: lists whenever the window is open.
   */
  holdListingFromBp: number;
  /** Share (bp) of its debt capacity it will use. */
  debtAppetiteBp: number;
  /** Deal value needed to accept, in bp of the deal's size (negative: takes slightly unfavourable deals). */
  acceptMarginBp: number;
  /** Counter-offers it makes in one negotiation before refusing. */
  counters: number;
  /** Proposes a deal of its own every this many quarters (0: only when starved of compute). */
  proposeEvery: number;
  /** Acts on scrutiny when it reaches this share (bp) of the inquiry threshold. */
  scrutinyCareBp: number;
  /** Starts in-house chip programmes, and from which quarter. */
  inHouseFromQuarter: number;
  /** Raises equity opportunistically when sentiment is at least this (bp of neutral); 0 = never. */
  opportunisticRaiseSentimentBp: number;
  /** Repays debt early when cash exceeds this many quarters of reserve; 0 = never. */
  repayAboveReserves: number;
  /** How much more (bp) it values compute for training than the market price. */
  computeAppetiteBp: number;
  /** How much more (bp) it values cash changing hands at signing (the financier's bird in the hand). */
  cashNowPremiumBp: number;
}

export const TRAITS: Record<BotPersonality, Traits> = {
  builder: {
    reserveQuarters: 1,
    paybackQuarters: 12,
    spendShareBp: 8000,
    dataCenterMw: 450,
    siteQuarters: 4,
    queueQuarters: 5,
    labGrowthBp: 2500,
    trainingRatioBp: 11000,
    horizonQuarters: 12,
    minTrainingBp: 3000,
    maxTrainingBp: 9000,
    servesObjectiveFirst: false,
    holdListingFromBp: 0,
    debtAppetiteBp: 8000,
    acceptMarginBp: -300,
    counters: 1,
    proposeEvery: 0,
    scrutinyCareBp: 10000,
    inHouseFromQuarter: 0,
    opportunisticRaiseSentimentBp: 0,
    repayAboveReserves: 0,
    computeAppetiteBp: 13000,
    cashNowPremiumBp: 0,
  },
  financier: {
    reserveQuarters: 4,
    paybackQuarters: 7,
    spendShareBp: 6000,
    dataCenterMw: 200,
    siteQuarters: 2,
    queueQuarters: 4,
    labGrowthBp: 2000,
    trainingRatioBp: 9500,
    horizonQuarters: 10,
    minTrainingBp: 3000,
    maxTrainingBp: 8000,
    servesObjectiveFirst: true,
    holdListingFromBp: 9000,
    debtAppetiteBp: 0,
    acceptMarginBp: 200,
    counters: 2,
    proposeEvery: 2,
    scrutinyCareBp: 6000,
    inHouseFromQuarter: 4,
    opportunisticRaiseSentimentBp: 10500,
    repayAboveReserves: 3,
    computeAppetiteBp: 10500,
    cashNowPremiumBp: 400,
  },
  dealmaker: {
    reserveQuarters: 2,
    paybackQuarters: 9,
    spendShareBp: 6000,
    dataCenterMw: 300,
    siteQuarters: 3,
    queueQuarters: 4,
    labGrowthBp: 1800,
    trainingRatioBp: 8500,
    horizonQuarters: 9,
    minTrainingBp: 2000,
    maxTrainingBp: 8500,
    servesObjectiveFirst: true,
    holdListingFromBp: 9000,
    debtAppetiteBp: 5000,
    acceptMarginBp: -200,
    counters: 3,
    proposeEvery: 1,
    scrutinyCareBp: 8000,
    inHouseFromQuarter: 2,
    opportunisticRaiseSentimentBp: 0,
    repayAboveReserves: 0,
    computeAppetiteBp: 11000,
    cashNowPremiumBp: 300,
  },
};
