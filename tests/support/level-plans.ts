/**
 * Each level's "sensible" strategy for the objective tests: the simple scripted player of
 * `level-strategies.ts`, plus the moves the level is about (its deals, its listing, its regulators).
 */
import { type CompanyState, companyCapacity, type Deal, type GameState, type Term } from '../../src/core';
import { type Plan, type Strategy, scripted, simpleFor, simplePlans } from './level-strategies';

// ---------------------------------------------------------------------------------------------------------
// Each level's "sensible" strategy: the simple player, plus the moves the level is about.

const commitment =
  (provider: string, cuPerQuarter: number, pricePerCu: number, quarters: number) =>
  (_state: GameState, buyer: string): Term[] => [
    { kind: 'computeCommitment', provider, buyer, cuPerQuarter, pricePerCu, quarters },
  ];

export const PLANS: Record<string, (companyId: string) => Strategy> = {
  'tutorial-compute-crunch': () =>
    scripted('tutorial: rent, build and split', {
      trainingBp: 4000,
      reserveM: 3000,
      buildMw: 150,
      proposals: [{ quarter: 0, to: 'aws', terms: commitment('aws', 300000, 3000, 12) }],
    }),
  '38-billion-handshake': (id) =>
    id === 'openai'
      ? scripted('OpenAI signs the AWS commitment', {
          trainingBp: 4000,
          reserveM: 4000,
          buildMw: 150,
          raiseEquity: true,
          proposals: [{ quarter: 0, to: 'aws', terms: commitment('aws', 450000, 3000, 28) }],
        })
      : contractBuilder(id, 'openai', [2, 5, 8]),
  'trainium-vs-the-world': (id) =>
    id === 'aws'
      ? scripted('AWS wins Anthropic with Trainium', {
          inHouseChips: true,
          reserveM: 5000,
          buildMw: 400,
          buildUntilQuarter: 3,
          borrow: true,
          proposals: [
            {
              quarter: 0,
              to: 'anthropic',
              terms: (state) => [
                ...commitment('aws', 400000, 3000, 16)(state, 'anthropic'),
                { kind: 'exclusivity', bound: 'anthropic', beneficiary: 'aws', quarters: 12 },
              ],
            },
            {
              quarter: 5,
              retryUntil: 7,
              to: 'anthropic',
              terms: (state) => commitment('aws', 1200000, 2800, 12)(state, 'anthropic'),
            },
          ],
        })
      : scripted('Anthropic takes compute it can afford', {
          reserveM: 2000,
          raiseEquity: true,
          accept: affordableForAYear,
        }),
  '1-4-trillion-question': () =>
    scripted('OpenAI commits, grows and lists', {
      trainingBp: 4000,
      reserveM: 10000,
      raiseEquity: true,
      ipoAtM: 1_000_000,
      accept: affordableForAYear,
      proposals: [
        { quarter: 0, to: 'oracle', terms: commitment('oracle', 1000000, 2600, 20) },
        { quarter: 4, to: 'azure', terms: commitment('azure', 1000000, 3000, 16) },
      ],
    }),
  'oracles-gigawatt-gamble': (id) =>
    id === 'oracle'
      ? scripted('Oracle borrows, builds and sells under contract', {
          reserveM: 3000,
          buildMw: 300,
          borrow: true,
          financeBuilds: true,
          chips: ['b200'],
          proposals: [0, 3, 5, 7, 9, 11].map((quarter) => ({
            quarter,
            to: 'openai',
            terms: sellSpareCapacity('openai', 2600, 12),
          })),
        })
      : scripted('OpenAI buys what it can afford', {
          reserveM: 5000,
          raiseEquity: true,
          accept: affordableForAYear,
        }),
  'circular-money': (id) =>
    id === 'openai'
      ? scripted('OpenAI takes the tranches Nvidia’s letter offers, and trains with most of its compute', {
          trainingBp: 9000,
          reserveM: 4000,
          buildMw: 400,
          buildUntilQuarter: 5,
          raiseEquity: true,
          accept: affordableForAYear,
        })
      : simpleFor('cloud'),
  'regulators-at-the-gate': (id) =>
    id === 'openai'
      ? regulatedOpenAi(true)
      : contractBuilder('microsoft', 'openai', [3, 6, 9], {
          choices: { 'cma-review': 'restructure', 'national-initiative': 'join' },
          gov: { adviser: 0, initiative: 1 },
        }),
  'arms-race-sandbox': (id) => {
    if (id === 'openai' || id === 'anthropic')
      return scripted(`${id} races to a listing`, {
        trainingBp: 4500,
        reserveM: 6000,
        raiseEquity: true,
        ipoAtM: 1_000_000,
        buildMw: 200,
        accept: affordableForAYear,
      });
    const buyer = id === 'google' || id === 'aws' ? 'anthropic' : 'openai';
    return scripted(`${id} builds and sells under contract`, {
      ...simplePlans.cloud,
      financeBuilds: true,
      proposals: [1, 4, 8, 12, 16, 20].map((quarter) => ({
        quarter,
        to: buyer,
        terms: sellSpareCapacity(buyer, 2800, 12),
      })),
    });
  },
};

/** OpenAI in "Regulators at the gate": buys compute from quarter 2, courting the regulators first or not. */
export function regulatedOpenAi(courtRegulators: boolean): Strategy {
  return scripted(
    courtRegulators ? 'OpenAI courts the regulators, then buys compute' : 'OpenAI ignores the regulators',
    {
      trainingBp: 4000,
      reserveM: 5000,
      raiseEquity: true,
      ...(courtRegulators
        ? {
            gov: { adviser: 0, initiative: 0 },
            choices: { 'eu-ai-act': 'comply', 'national-initiative': 'join', 'antitrust-inquiry': 'comply' },
          }
        : {
            choices: {
              'eu-ai-act': 'minimum',
              'national-initiative': 'decline',
              'antitrust-inquiry': 'fight',
            },
          }),
      accept: affordableForAYear,
      proposals: [
        { quarter: 1, retryUntil: 8, to: 'oracle', terms: commitment('oracle', 1200000, 2800, 12) },
        { quarter: 2, retryUntil: 8, to: 'coreweave', terms: commitment('coreweave', 500000, 3000, 12) },
      ],
    },
  );
}

/** A cloud that builds in the first year and sells its spare capacity to a lab under contract. */
function contractBuilder(cloud: string, lab: string, quarters: number[], extra: Plan = {}): Strategy {
  return scripted(`${cloud} builds for contracts with ${lab}`, {
    ...simplePlans.cloud,
    ...extra,
    buildMw: 300,
    buildUntilQuarter: 3,
    financeBuilds: true,
    proposals: quarters.map((quarter) => ({
      quarter,
      to: lab,
      terms: sellSpareCapacity(lab, 2800, 12, 1_000_000),
    })),
  });
}

/** A cloud offers its capacity not yet committed (up to `maxCu`), in whole 100,000s of CU (nothing if under 200,000). */
function sellSpareCapacity(
  buyer: string,
  pricePerCu: number,
  quarters: number,
  maxCu = Number.MAX_SAFE_INTEGER,
) {
  return (state: GameState, cloud: string): Term[] => {
    const company = state.companies[cloud] as CompanyState;
    const customer = state.companies[buyer];
    if (!customer || customer.status === 'bankrupt' || !state.seats.some((s) => s.companyId === buyer))
      return [];
    const committed = state.deals
      .filter((d) => d.status === 'active')
      .flatMap((d) => d.terms)
      .filter((t) => t.kind === 'computeCommitment' && t.provider === cloud)
      .reduce((sum, t) => sum + (t.kind === 'computeCommitment' ? t.cuPerQuarter : 0), 0);
    const free = Math.min(maxCu, companyCapacity(state.config, company).capacityCu - committed);
    const spare = Math.floor(free / 100000) * 100000;
    return spare < 200000 ? [] : commitment(cloud, spare, pricePerCu, quarters)(state, buyer);
  };
}

/** A lab takes any deal whose take-or-pay bills for a year are covered by its cash and a year of revenue. */
function affordableForAYear(state: GameState, companyId: string, deal: Deal): boolean {
  const me = state.companies[companyId] as CompanyState;
  let quarterlyCostM = 0;
  for (const term of deal.terms)
    if (term.kind === 'computeCommitment' && term.buyer === companyId)
      quarterlyCostM += Math.round((term.cuPerQuarter * term.pricePerCu) / 1_000_000);
  const revenueM = me.revenueHistoryM[me.revenueHistoryM.length - 1] ?? 0;
  return quarterlyCostM * 4 <= me.cashM + revenueM * 4;
}
