/**
 * The level format. A level is untrusted JSON (a teacher may edit one), so every field is checked here
 * and every problem is reported with its path; cross-references are checked in `parse.ts`.
 *
 * Units: money in whole $M, rates and shares in basis points (bp, 10,000 = 100%), power in MW,
 * chips in thousands of units (k), compute in CU (1 CU = one petaFLOPS sustained for a quarter).
 */
import * as v from 'valibot';
import { TermListSchema } from '../deals/terms';
import { OBJECTIVE_KINDS, ROLES } from '../vocabulary';
import { EventCardSchema } from './events-schema';
import { identifier, text, wholeAtLeast, wholeBetween } from './fields';
import { PartnerSchema, RegulationSchema } from './regulation-schema';
import { TeachingFields } from './teaching-schema';

export const ChipSchema = v.strictObject({
  id: identifier,
  name: text('the chip name'),
  computeTf: wholeAtLeast(1), // dense FP8 teraFLOPS per chip: 1k chips × computeTf = PF
  powerW: wholeAtLeast(1), // watts per chip
  priceMPerK: wholeAtLeast(1), // $M per thousand chips
  leadQuarters: wholeBetween(0, 12),
  supplyKPerQuarter: wholeAtLeast(0), // thousands of chips the foundry can ship each quarter
  inHouse: v.optional(
    v.strictObject({
      companyId: identifier, // the only company that can start this programme
      rndQuarters: wholeBetween(1, 16),
      rndCostPerQuarterM: wholeAtLeast(0),
    }),
  ),
});

export const RegionSchema = v.strictObject({
  id: identifier,
  name: text('the region name'),
  powerMw: wholeAtLeast(0), // grid power available to data centers now
  powerGrowthMwPerQuarter: wholeAtLeast(0),
  costPerMwM: wholeAtLeast(1), // facility capex per MW, chips not included
  permitQuarters: wholeBetween(0, 12),
  buildMwPerQuarter: wholeAtLeast(1), // construction speed: quarters = permit + ceil(MW / this)
  pueBp: wholeBetween(10000, 30000), // power usage effectiveness: facility watts per IT watt
});

const ChipBatchSchema = v.strictObject({ chipId: identifier, k: wholeAtLeast(0) });

export const StartingDataCenterSchema = v.strictObject({
  regionId: identifier,
  mw: wholeAtLeast(1),
  chips: v.array(ChipBatchSchema, 'must be a list of chip batches'),
});

const CapTableEntrySchema = v.strictObject({ holder: text('the holder'), bp: wholeBetween(1, 10000) });

export const CompanySchema = v.strictObject({
  id: identifier,
  name: text('the company name'),
  role: v.picklist(ROLES, `must be one of: ${ROLES.join(', ')}`),
  humanAllowed: v.boolean('must be true or false'),
  isPublic: v.boolean('must be true or false'), // listed already (a cloud giant) or private (a lab before its IPO)
  cashM: wholeAtLeast(0),
  debtM: wholeAtLeast(0),
  quarterlyRevenueM: wholeAtLeast(0), // revenue booked in the quarter before the level starts
  revenueGrowthBp: wholeBetween(-10000, 100000), // year-on-year growth before the level starts
  staffOpexM: wholeAtLeast(0), // people, research and overheads per quarter
  staffOpexGrowthBp: wholeBetween(0, 5000), // per quarter
  baseBusiness: v.optional(
    v.strictObject({
      revenueM: wholeAtLeast(0), // quarterly revenue of the non-AI cloud business
      growthBp: wholeBetween(-5000, 5000), // per quarter
      marginBp: wholeBetween(0, 10000),
      // quarterly revenue one MW of general-purpose data-center power serves: growth needs sites
      revenuePerMwM: v.optional(wholeAtLeast(1)),
    }),
  ),
  cumulativeTrainingCu: wholeAtLeast(0),
  trainingShareBp: wholeBetween(0, 10000),
  capTable: v.pipe(
    v.array(CapTableEntrySchema, 'must be a list of holders'),
    v.minLength(1, 'must list at least one holder'),
  ),
  dataCenters: v.array(StartingDataCenterSchema, 'must be a list of data centers'),
});

const ObjectiveSchema = v.strictObject({
  id: identifier,
  kind: v.picklist(OBJECTIVE_KINDS, `must be one of: ${OBJECTIVE_KINDS.join(', ')}`),
  text: text('what the player reads'),
  role: v.optional(v.picklist(ROLES, `must be one of: ${ROLES.join(', ')}`)), // who it applies to; all if absent
  amount: wholeAtLeast(0), // $M for money objectives, points for capability, unused for survive
  // aiRevenueRunRateAtLeast only: also met by an AI business this many times (bp; 20,000 = twice) the
  // cloud's existing business, so a small cloud can win by transforming itself as a big one can by scale.
  orExistingBusinessMultipleBp: v.optional(wholeAtLeast(1)),
  byQuarter: v.optional(wholeAtLeast(1)), // must be met by the end of this quarter (1-based); the end if absent
});

export const MarketSchema = v.strictObject({
  sentimentBp: wholeBetween(2000, 20000), // 10,000 = neutral; scales every valuation multiple
  sentimentVolatilityBp: wholeBetween(0, 3000), // largest random move per quarter
  sentimentReversionBp: wholeBetween(0, 10000), // share of the gap to neutral closed each quarter
  baseRateBp: wholeBetween(0, 3000), // annual interest rate before a borrower's risk spread
  modelDemandM: wholeAtLeast(0), // what customers would spend on AI models per quarter at the start
  modelDemandGrowthBp: wholeBetween(-5000, 5000), // per quarter
  inferencePricePerCu: wholeAtLeast(1), // $ a lab earns per CU of inference it sells
  restOfMarket: v.strictObject({
    name: text('the name of the unseated rivals'),
    capability: wholeAtLeast(1),
    capabilityGrowthPerQuarter: wholeAtLeast(0),
  }),
  spot: v.strictObject({
    maxPricePerCu: wholeAtLeast(1), // $ per CU when almost nothing is offered
    minPricePerCu: wholeAtLeast(0), // floor: below it clouds keep capacity idle
    demandCu: wholeAtLeast(1), // CU the spot market would take at a price of zero
    demandGrowthBp: wholeBetween(-5000, 5000), // per quarter
  }),
  powerOpexKPerMwQuarter: wholeAtLeast(0), // $k of electricity and running cost per MW drawn per quarter
  chipDepreciationQuarters: wholeBetween(1, 40),
  dataCenterDepreciationQuarters: wholeBetween(1, 120),
  scaling: v.strictObject({
    referenceCu: wholeAtLeast(1), // cumulative training compute worth one doubling step at the start
    pointsPerDoubling: wholeAtLeast(1), // capability points gained each time cumulative compute doubles
  }),
  valuation: v.strictObject({
    labBaseMultipleTenths: wholeAtLeast(0), // ×0.1 of annual revenue run-rate
    cloudBaseMultipleTenths: wholeAtLeast(0),
    growthWeightTenths: wholeAtLeast(0), // extra multiple (×0.1) per 10 points of year-on-year growth
    leadWeightTenths: wholeAtLeast(0), // extra multiple (×0.1) per capability point of lead over the best rival
    maxMultipleTenths: wholeAtLeast(1),
    capabilityValueMPerPoint: wholeAtLeast(0), // what the market pays for capability before revenue
    // Take-or-pay payments due over the next year the market lets pass, in tenths of a year's revenue
    // run-rate, before it discounts the value (model/valuation.ts); two years' revenue if absent.
    takeOrPayFreeTenths: v.optional(wholeBetween(0, 1000)),
  }),
  equity: v.strictObject({
    maxRaiseBpOfValuation: wholeBetween(1, 10000),
    emergencyDiscountBp: wholeBetween(0, 9000),
  }),
  debt: v.strictObject({
    termQuarters: wholeBetween(1, 40),
    maxDebtToAssetsBp: wholeBetween(0, 20000),
    spreadBp: wholeBetween(0, 3000), // added to the base rate for every borrower
  }),
  ipo: v.strictObject({
    minValuationM: wholeAtLeast(0),
    minRevenueRunRateM: wholeAtLeast(0),
    minSentimentBp: wholeBetween(0, 20000),
    floatBp: wholeBetween(1, 5000), // new shares sold to the public at the IPO
  }),
  assetSaleRecoveryBp: wholeBetween(0, 10000), // share of book value a forced chip sale recovers
});

/** The file name a level's JSON Schema is written to, next to the levels (`levels/schema.json`). */
export const LEVEL_SCHEMA_FILE = 'schema.json';

/** Adds the sentence an editor shows when hovering the field (it ends up in levels/schema.json). */
const described = <T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

/**
 * A deal between two seated companies that the sources describe (CoreWeave's contracts with OpenAI): the
 * `from` company may propose it while the window is open; a bot does, at the terms stated, with an equity
 * term's stake priced at the issuer's valuation when it proposes. Its figures are cited in `sources`.
 */
export const SourceDealSchema = v.strictObject({
  id: identifier,
  from: identifier,
  to: identifier,
  window: v.strictObject({ from: wholeAtLeast(1), to: wholeAtLeast(1) }), // 1-based quarters, inclusive
  text: text('what the sources describe'),
  terms: TermListSchema,
});

export const LevelSchema = v.strictObject({
  /** Points an editor at the JSON Schema for completion; not part of the level's content. */
  $schema: v.optional(v.string('must be text (the path of the JSON Schema, e.g. ./schema.json)')),
  id: described(
    identifier,
    'The level id: lower-case letters, digits and dashes; the file must be named <id>.json.',
  ),
  title: described(text('the level title'), 'The title shown in the level list.'),
  briefing: described(
    text('the briefing'),
    'One paragraph read before play: the situation, the goal, and that figures are stylised.',
  ),
  start: v.strictObject({ year: wholeBetween(2020, 2100), quarter: wholeBetween(1, 4) }),
  quarters: described(wholeBetween(1, 64), 'How many quarters the level lasts.'),
  actionsPerQuarter: described(
    wholeBetween(1, 10),
    'Major actions each company may take per quarter (management attention).',
  ),
  seats: described(
    v.strictObject({ min: wholeBetween(1, 6), max: wholeBetween(1, 6) }),
    'How many companies are seated (by people or bots); unseated companies are not in the game.',
  ),
  market: described(
    MarketSchema,
    'The capital market, model demand, the spot market for compute, scaling and valuation rules.',
  ),
  chips: v.pipe(
    v.array(ChipSchema, 'must be a list of chips'),
    v.minLength(1, 'must list at least one chip'),
  ),
  regions: v.pipe(
    v.array(RegionSchema, 'must be a list of regions'),
    v.minLength(1, 'must list at least one region'),
  ),
  companies: v.pipe(
    v.array(CompanySchema, 'must be a list of companies'),
    v.minLength(1, 'must list at least one company'),
    v.maxLength(6, 'must list at most 6 companies'),
    v.description(
      'The companies that can take a seat, with starting figures; humanAllowed says whether a person may play one.',
    ),
  ),
  /** The first objective is the level's main one: what the briefing promises and the tests check. */
  objectives: v.pipe(
    v.array(ObjectiveSchema, 'must be a list of objectives'),
    v.minLength(1, 'must list at least one objective (the first is the main one)'),
    v.description('What wins; the first objective is the main one, the one the briefing promises.'),
  ),
  partners: described(
    v.array(PartnerSchema, 'must be a list of non-player partners'),
    'Companies the level drives (chipmakers, clouds, investors): they answer deals by their stated policy.',
  ),
  sourceDeals: v.optional(
    described(
      v.array(SourceDealSchema, 'must be a list of deals the sources describe'),
      'Deals between two seated companies that the sources describe: the first may offer them while the window is open (a bot does), the second decides; nothing is forced.',
    ),
  ),
  regulation: described(RegulationSchema, 'How scrutiny rises and falls, and what each threshold triggers.'),
  events: described(
    v.array(EventCardSchema, 'must be a list of event cards'),
    'The event deck: each card fires in its quarter window, when its condition holds, with its probability.',
  ),
  ...TeachingFields,
});

/** A parsed level; the editor-only `$schema` key is dropped when it is loaded. */
export type Level = Omit<v.InferOutput<typeof LevelSchema>, '$schema'>;
export type ChipType = v.InferOutput<typeof ChipSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type CompanySetup = v.InferOutput<typeof CompanySchema>;
export type Market = v.InferOutput<typeof MarketSchema>;
export type Objective = v.InferOutput<typeof ObjectiveSchema>;
export type SourceDeal = v.InferOutput<typeof SourceDealSchema>;
export type { EventCard, EventCondition, EventEffect } from './events-schema';
export type { Partner, Regulation } from './regulation-schema';
export type { LessonPlan, Source, TutorialStep } from './teaching-schema';
