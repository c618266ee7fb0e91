/**
 * Levels for tests. `arenaLevel()` is the shipped test level, read as untrusted JSON the way a game
 * loads it. `tinyLevel()` is a small level with round numbers so a rule's outcome can be worked out by
 * hand in the test; each test changes what it needs through the `edit` callback.
 */
import { readFileSync } from 'node:fs';
import type { Level } from '../../src/core';

const ARENA_URL = new URL('../../levels/test-arena.json', import.meta.url);

export function arenaLevel(): Level {
  return JSON.parse(readFileSync(ARENA_URL, 'utf8')) as Level;
}

/** A copy of the arena with more management attention per quarter (the bench's 1,000-action replay). */
export function arenaWithAttention(actionsPerQuarter: number): Level {
  const level = arenaLevel();
  level.id = `test-arena-x${actionsPerQuarter}`;
  level.actionsPerQuarter = actionsPerQuarter;
  return level;
}

export function tinyLevel(edit?: (level: Level) => void): Level {
  const level: Level = {
    id: 'tiny',
    title: 'Tiny test level',
    briefing: 'Round numbers for unit tests.',
    start: { year: 2025, quarter: 1 },
    quarters: 8,
    actionsPerQuarter: 3,
    seats: { min: 1, max: 4 },
    market: {
      sentimentBp: 10000,
      // No random shock and no drift: sentiment stays neutral unless a test says otherwise.
      sentimentVolatilityBp: 0,
      sentimentReversionBp: 0,
      baseRateBp: 400,
      modelDemandM: 1000,
      modelDemandGrowthBp: 0,
      inferencePricePerCu: 10000,
      restOfMarket: { name: 'Everyone else', capability: 100, capabilityGrowthPerQuarter: 0 },
      spot: { maxPricePerCu: 5000, minPricePerCu: 1000, demandCu: 1_000_000, demandGrowthBp: 0 },
      powerOpexKPerMwQuarter: 1000,
      chipDepreciationQuarters: 4,
      dataCenterDepreciationQuarters: 8,
      scaling: { referenceCu: 1_000_000, pointsPerDoubling: 100 },
      valuation: {
        labBaseMultipleTenths: 100,
        cloudBaseMultipleTenths: 50,
        growthWeightTenths: 10,
        leadWeightTenths: 3,
        maxMultipleTenths: 600,
        capabilityValueMPerPoint: 10,
      },
      equity: { maxRaiseBpOfValuation: 2000, emergencyDiscountBp: 5000 },
      debt: { termQuarters: 4, maxDebtToAssetsBp: 5000, spreadBp: 0 },
      ipo: { minValuationM: 50_000, minRevenueRunRateM: 1000, minSentimentBp: 9000, floatBp: 1000 },
      assetSaleRecoveryBp: 5000,
    },
    chips: [
      // 1 TF per W: the plain chip.
      {
        id: 'alpha',
        name: 'Alpha',
        computeTf: 1000,
        powerW: 1000,
        priceMPerK: 10,
        leadQuarters: 1,
        supplyKPerQuarter: 100,
      },
      // 3 TF per W: the efficient chip, powered first.
      {
        id: 'beta',
        name: 'Beta',
        computeTf: 3000,
        powerW: 1000,
        priceMPerK: 30,
        leadQuarters: 2,
        supplyKPerQuarter: 50,
      },
      {
        id: 'gamma',
        name: 'Gamma',
        computeTf: 2000,
        powerW: 1000,
        priceMPerK: 5,
        leadQuarters: 0,
        supplyKPerQuarter: 100,
        inHouse: { companyId: 'cloud-a', rndQuarters: 2, rndCostPerQuarterM: 100 },
      },
    ],
    regions: [
      {
        id: 'north',
        name: 'North',
        powerMw: 1000,
        powerGrowthMwPerQuarter: 0,
        costPerMwM: 10,
        permitQuarters: 1,
        buildMwPerQuarter: 100,
        pueBp: 10000,
      },
      {
        id: 'south',
        name: 'South',
        powerMw: 1000,
        powerGrowthMwPerQuarter: 0,
        costPerMwM: 10,
        permitQuarters: 0,
        buildMwPerQuarter: 100,
        pueBp: 12500,
      },
    ],
    companies: [
      {
        id: 'lab-a',
        name: 'Lab A',
        role: 'lab',
        humanAllowed: true,
        isPublic: false,
        cashM: 10_000,
        debtM: 0,
        quarterlyRevenueM: 500,
        revenueGrowthBp: 0,
        staffOpexM: 100,
        staffOpexGrowthBp: 0,
        cumulativeTrainingCu: 1_000_000,
        trainingShareBp: 5000,
        capTable: [
          { holder: 'Founders', bp: 8000 },
          { holder: 'cloud-a', bp: 2000 },
        ],
        // 100 MW at PUE 1.0 powers exactly 100k chips of 1,000 W.
        dataCenters: [{ regionId: 'north', mw: 100, chips: [{ chipId: 'alpha', k: 50 }] }],
      },
      {
        id: 'lab-b',
        name: 'Lab B',
        role: 'lab',
        humanAllowed: true,
        isPublic: false,
        cashM: 5_000,
        debtM: 0,
        quarterlyRevenueM: 200,
        revenueGrowthBp: 0,
        staffOpexM: 100,
        staffOpexGrowthBp: 0,
        cumulativeTrainingCu: 1_000_000,
        trainingShareBp: 5000,
        capTable: [{ holder: 'Founders', bp: 10000 }],
        dataCenters: [{ regionId: 'north', mw: 100, chips: [{ chipId: 'alpha', k: 50 }] }],
      },
      {
        id: 'cloud-a',
        name: 'Cloud A',
        role: 'cloud',
        humanAllowed: true,
        isPublic: true,
        cashM: 20_000,
        debtM: 1_000,
        quarterlyRevenueM: 2_000,
        revenueGrowthBp: 0,
        staffOpexM: 100,
        staffOpexGrowthBp: 0,
        baseBusiness: { revenueM: 1_000, growthBp: 0, marginBp: 2000 },
        cumulativeTrainingCu: 0,
        trainingShareBp: 0,
        capTable: [{ holder: 'Public shareholders', bp: 10000 }],
        dataCenters: [{ regionId: 'south', mw: 100, chips: [{ chipId: 'alpha', k: 50 }] }],
      },
      {
        id: 'cloud-b',
        name: 'Cloud B',
        role: 'cloud',
        humanAllowed: true,
        isPublic: true,
        cashM: 20_000,
        debtM: 0,
        quarterlyRevenueM: 2_000,
        revenueGrowthBp: 0,
        staffOpexM: 100,
        staffOpexGrowthBp: 0,
        baseBusiness: { revenueM: 1_000, growthBp: 0, marginBp: 2000 },
        cumulativeTrainingCu: 0,
        trainingShareBp: 0,
        capTable: [{ holder: 'Public shareholders', bp: 10000 }],
        dataCenters: [{ regionId: 'south', mw: 100, chips: [{ chipId: 'alpha', k: 50 }] }],
      },
    ],
    objectives: [
      { id: 'lab-ipo', kind: 'ipoAtValuation', text: 'List the lab.', role: 'lab', amount: 50_000 },
      { id: 'survive', kind: 'survive', text: 'Still be standing at the end.', amount: 0 },
    ],
    // Deals, regulation and events have their own tests: here they stay out of the way.
    partners: [],
    regulation: {
      retentionBp: 0,
      otherComputeCu: 0,
      otherComputeGrowthBp: 0,
      otherModelFirms: 1,
      highlyConcentratedHhi: 10000,
      dominantShareBp: 10000,
      pressure: { dominantShare: 0, perLargeStake: 0, largeStakeBp: 10000, perExclusivity: 0, fastGrowth: 0 },
      thresholds: { inquiry: 1000, dealReview: 1000, fine: 1000, divestiture: 1000 },
      inquiryRiskBp: 0,
      fineBpOfRevenue: 0,
      divestitureRecoveryBp: 10000,
      govRelations: {
        adviserCostM: 0,
        adviserPoints: 0,
        initiativeCostM: 0,
        initiativePoints: 0,
        maxPoints: 0,
      },
    },
    events: [],
    lessonPlan: {
      learningObjectives: ['Read a rule off the numbers.', 'Check it by hand.'],
      discussionQuestions: ['What changed?', 'Why?', 'What next?'],
      runSheet: [{ minutes: 45, activity: 'Run the tests.' }],
    },
    sources: [
      {
        figure: 'market.modelDemandM',
        value: 1000,
        quote: 'A round number for tests.',
        origin: 'extrapolation',
      },
    ],
    ranking: 'Most objectives met, then highest valuation.',
  };
  edit?.(level);
  return level;
}

/** The tiny level made hard to survive: running costs outgrow revenue, so distress and failure happen. */
export function fragileLevel(): Level {
  return tinyLevel((level) => {
    level.id = 'tiny-fragile';
    level.quarters = 16;
    for (const company of level.companies) {
      company.staffOpexM = 1000;
      company.staffOpexGrowthBp = 500;
    }
  });
}

/** AMD's MI355X, for arenas with an AMD partner; `supplyK` a quarter. */
export function amdChip(supplyK: number): Level['chips'][number] {
  return {
    id: 'mi355x',
    name: 'AMD MI355X',
    computeTf: 5000,
    powerW: 1400,
    priceMPerK: 30,
    leadQuarters: 1,
    supplyKPerQuarter: supplyK,
  };
}

/** An AMD partner selling MI355X at list price, whose supply agreement carries a warrant for `holder`. */
export function amdWarrantPartner(
  holder: string,
  stageMw: number,
  offer: { kPerQuarter: number; quarters: number },
): Level['partners'][number] {
  return {
    id: 'amd',
    name: 'AMD',
    kind: 'chipmaker',
    chips: ['mi355x'],
    maxInvestmentM: 0,
    maxStakeBp: 0,
    chipOrdersPerInvestmentBp: 0,
    minPricePerCu: 0,
    maxComputeCu: 0,
    reason: 'AMD sells MI355X chips at list price.',
    warrant: {
      holder,
      fromQuarter: 1,
      sharesK: 160_000,
      tranches: 6,
      stageMw,
      sharePriceCents: 16500,
      strikeCents: 1,
      offer: { chipId: 'mi355x', ...offer },
    },
  };
}

/**
 * The arena with partners' programmes: Nvidia's staged letter for frontier (small stages, so tranches
 * unlock within a game), an AMD partner whose agreement carries a warrant for meridian, and a deal the
 * "sources" describe from nimbus to frontier. For property tests: money and cap tables stay whole.
 */
export function programmeArena(): Level {
  const level = arenaLevel();
  level.id = 'test-arena-programmes';
  level.chips.push(amdChip(80));
  const nvidia = level.partners.find((p) => p.id === 'nvidia');
  if (nvidia)
    nvidia.stagedInvestment = {
      investee: 'frontier',
      fromQuarter: 1,
      firstM: 2000,
      perStageM: 2000,
      stageMw: 60,
      totalM: 10000,
    };
  level.partners.push(amdWarrantPartner('meridian', 40, { kPerQuarter: 10, quarters: 4 }));
  level.sourceDeals = [
    {
      id: 'nimbus-contract',
      from: 'nimbus',
      to: 'frontier',
      window: { from: 1, to: 4 },
      text: 'A contract made up for the property tests.',
      terms: [
        {
          kind: 'computeCommitment',
          provider: 'nimbus',
          buyer: 'frontier',
          cuPerQuarter: 50_000,
          pricePerCu: 4000,
          quarters: 8,
        },
        { kind: 'equity', investor: 'frontier', investee: 'nimbus', amountM: 300, stakeBp: 20 },
      ],
    },
  ];
  return level;
}
