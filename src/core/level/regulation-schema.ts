/**
 * Regulators and non-player partners, as level data.
 * Scrutiny is measured in points (0–1,000); each quarter it keeps `retentionBp` of its old value and adds
 * the pressures below, less government relations. Thresholds trigger the consequences in order.
 */
import * as v from 'valibot';
import { identifier, text, wholeAtLeast, wholeBetween } from './fields';

export const RegulationSchema = v.strictObject({
  retentionBp: wholeBetween(0, 10000),
  /** Compute outside the seated companies (other clouds), so two clouds do not make a monopoly. */
  otherComputeCu: wholeAtLeast(0),
  otherComputeGrowthBp: wholeBetween(-5000, 5000),
  /** The unseated model makers, counted as this many equal firms in the model-market HHI. */
  otherModelFirms: wholeBetween(1, 50),
  highlyConcentratedHhi: wholeBetween(0, 10000), // 1,800 under the 2023 US Merger Guidelines
  dominantShareBp: wholeBetween(0, 10000), // 3,000: a share above 30% is presumed to matter
  pressure: v.strictObject({
    dominantShare: wholeAtLeast(0), // points a quarter for a share above dominantShareBp in a concentrated market
    perLargeStake: wholeAtLeast(0), // points a quarter per stake of ≥ largeStakeBp held in another player
    largeStakeBp: wholeBetween(1, 10000),
    perExclusivity: wholeAtLeast(0), // points a quarter per exclusivity in force
    fastGrowth: wholeAtLeast(0), // points a quarter when revenue more than doubles year on year
  }),
  thresholds: v.strictObject({
    inquiry: wholeAtLeast(1), // an inquiry opens: the market adds a risk discount
    dealReview: wholeAtLeast(1), // deals the company signs are reviewed and may be blocked
    fine: wholeAtLeast(1), // a fine of fineBpOfRevenue of yearly revenue
    divestiture: wholeAtLeast(1), // the largest stake in another player must be sold
  }),
  /**
   * Review every compute commitment a company over the review threshold signs, not only those with a
   * cloud that already holds a dominant share of compute (for levels about a regulator on alert).
   */
  reviewEveryComputeCommitment: v.optional(v.boolean('must be true or false')),
  inquiryRiskBp: wholeBetween(0, 5000),
  fineBpOfRevenue: wholeBetween(0, 2000), // the EU AI Act caps fines at 7% of turnover
  divestitureRecoveryBp: wholeBetween(0, 10000),
  govRelations: v.strictObject({
    adviserCostM: wholeAtLeast(0), // hiring a former finance minister (the article: George Osborne)
    adviserPoints: wholeAtLeast(0),
    initiativeCostM: wholeAtLeast(0), // joining a national AI initiative
    initiativePoints: wholeAtLeast(0),
    maxPoints: wholeAtLeast(0),
  }),
});

export const PARTNER_KINDS = ['chipmaker', 'cloud', 'investor'] as const;

/** A company the level drives: it answers deals by a stated policy instead of a player. */
export const PartnerSchema = v.strictObject({
  id: identifier,
  name: text('the partner name'),
  kind: v.picklist(PARTNER_KINDS, `must be one of: ${PARTNER_KINDS.join(', ')}`),
  chips: v.array(identifier, 'must be a list of chip ids this partner sells'),
  maxInvestmentM: wholeAtLeast(0), // the most it invests in one deal
  maxStakeBp: wholeBetween(0, 5000),
  /** For a chipmaker: chip purchases it wants back per $ invested (10,000 = all of it: vendor financing). */
  chipOrdersPerInvestmentBp: wholeBetween(0, 50000),
  minPricePerCu: wholeAtLeast(0), // for a cloud partner: the lowest price it sells committed compute at
  maxComputeCu: wholeAtLeast(0), // for a cloud partner: the most compute it commits per quarter
  reason: text('one line on what this partner wants'),
  /**
   * For a cloud partner: the chip its committed capacity runs on, and the region whose PUE its sites have.
   * A chipmaker's programme counts the chips a cloud runs for a company under its commitments as deployed
   * for that company (Oracle's Abilene runs Nvidia GB200s for OpenAI). Without it, the capacity it sells
   * counts as no chipmaker's.
   */
  fleet: v.optional(v.strictObject({ chipId: identifier, regionId: identifier })),
  /**
   * A staged investment, as in Nvidia's letter of intent with OpenAI: the first tranche is offered when the
   * letter is signed, each further one when another `stageMw` of this partner's chips is deployed for the
   * investee (facility MW beyond those deployed for it when the letter was signed: its own, and its share of
   * what its compute providers run for it under commitments). Every tranche is offered as new shares at the
   * investee's valuation with a chip supply worth as much, prepaid from the investment: the money returns
   * as chip orders at once.
   */
  stagedInvestment: v.optional(
    v.strictObject({
      investee: identifier, // the company the letter names
      fromQuarter: wholeAtLeast(1), // 1-based quarter of the level in which the letter is signed
      firstM: wholeAtLeast(1), // the first tranche
      perStageM: wholeAtLeast(1), // each further tranche
      stageMw: wholeAtLeast(1), // facility MW of this partner's chips deployed per further tranche
      totalM: wholeAtLeast(1), // the most it invests under the letter
    }),
  ),
  /**
   * A warrant for the partner's own shares, as in AMD's agreement with OpenAI: the partner offers a chip
   * supply agreement; once the holder has signed one, a tranche vests each time another `stageMw` of this
   * partner's chips runs for it (its own, and its share of what its compute providers run for it). A vested tranche is exercised at the strike and sold at the level's share
   * price at once, so the holder receives its value in cash (the partner is not on the board, so its shares
   * have no price that moves in the game).
   */
  warrant: v.optional(
    v.strictObject({
      holder: identifier, // the company the agreement names
      fromQuarter: wholeAtLeast(1), // 1-based quarter of the level in which the agreement is offered
      sharesK: wholeAtLeast(1), // thousands of the partner's shares under the warrant, all tranches
      tranches: wholeBetween(1, 20),
      stageMw: wholeAtLeast(1), // facility MW of this partner's chips running per tranche
      sharePriceCents: wholeAtLeast(1), // the partner's share price in this level
      strikeCents: wholeAtLeast(0),
      offer: v.strictObject({
        chipId: identifier,
        kPerQuarter: wholeAtLeast(1), // thousands of chips a quarter the agreement reserves
        quarters: wholeBetween(1, 40),
      }),
    }),
  ),
});

export type Regulation = v.InferOutput<typeof RegulationSchema>;
export type Partner = v.InferOutput<typeof PartnerSchema>;
