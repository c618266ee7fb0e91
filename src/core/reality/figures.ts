/**
 * The figures the reality check sets beside the sources: each with the value the article or the
 * reference facts give, the quote it comes from, the level whose scenario models it, and how the game's
 * value is read from a finished game. A figure is measured only on the level that models it: elsewhere
 * the starting point or the partners differ, and the comparison would mean nothing.
 */
import {
  chipCommitmentsM,
  companyIn,
  computeCommitmentsM,
  endOfYear,
  type GameStates,
  investedM,
  quartersOfYear,
} from './measure';

export interface RealityFigure {
  id: string;
  label: string;
  unit: '$M' | 'bp' | 'shares';
  /** The source's value, in the unit (a bound such as "> $10B" is compared with its number). */
  sourceValue: number;
  /** The article's sentence or the row of the reference facts. */
  source: string;
  /** The level whose scenario models the figure. */
  levelId: string;
  /** How the game's value is read, in a few words (shown beside it). */
  measured: string;
  /** The game's value in one finished game; null when the game has none (e.g. it never listed). */
  read: (states: GameStates) => number | null;
}

/** A figure of the sources no level models, and why. */
export interface UnmodelledFigure {
  label: string;
  source: string;
  why: string;
}

const SANDBOX = 'arms-race-sandbox';
const HANDSHAKE = '38-billion-handshake';
const TRILLION = '1-4-trillion-question';
const CIRCULAR = 'circular-money';

/** Capex paid in 2025: the running total at the end of 2025 less that at the end of 2024 (or the start). */
const capex2025 = (companyId: string) => (states: GameStates) => {
  const end = companyIn(endOfYear(states, 2025), companyId);
  const before = companyIn(endOfYear(states, 2024) ?? states[0], companyId);
  return end && before ? end.totals.capexM - before.totals.capexM : null;
};

export const REALITY_FIGURES: readonly RealityFigure[] = [
  {
    id: 'openai-valuation-2025',
    label: 'OpenAI valuation, 2025 Q3',
    unit: '$M',
    sourceValue: 500_000,
    source:
      'Article: "With ambitions that could push its valuation north of $500 billion"; FACTS §4: $500B (Aug 2025 share sale).',
    levelId: SANDBOX,
    measured: 'valuation at the end of 2025 Q3',
    read: (states) => {
      const q3 = quartersOfYear(states, 2025)[2];
      return companyIn(q3, 'openai')?.valuationM ?? null;
    },
  },
  {
    id: 'openai-revenue-2025',
    label: 'OpenAI revenue, 2025',
    unit: '$M',
    sourceValue: 13_000,
    source: 'Article: "set against annual revenues of just $13 billion"; FACTS §4: 2025 ~$13B.',
    levelId: SANDBOX,
    measured: 'revenue of the four quarters of 2025',
    read: (states) => {
      const quarters = quartersOfYear(states, 2025);
      if (quarters.length < 4) return null;
      return quarters.reduce((sum, s) => sum + (companyIn(s, 'openai')?.revenueHistoryM.at(-1) ?? 0), 0);
    },
  },
  {
    id: 'openai-run-rate-2025',
    label: 'OpenAI revenue run-rate, end of 2025',
    unit: '$M',
    sourceValue: 20_000,
    source: 'FACTS §4: run-rate > $20B by end-2025 (Altman, techbuzz.ai).',
    levelId: SANDBOX,
    measured: '4 × revenue of 2025 Q4',
    read: (states) => {
      const revenue = companyIn(endOfYear(states, 2025), 'openai')?.revenueHistoryM.at(-1);
      return revenue === undefined ? null : revenue * 4;
    },
  },
  {
    id: 'openai-commitments',
    label: "OpenAI's compute and chip commitments",
    unit: '$M',
    sourceValue: 1_400_000,
    source:
      'Article: "OpenAI\'s projected $1.4 trillion in infrastructure spending over eight years"; FACTS §4: ~$1.4T of commitments for ~30 GW over ~8 years.',
    levelId: TRILLION,
    measured: 'whole-term value of every compute and chip commitment OpenAI signed in the game',
    read: (states) => computeCommitmentsM(states, 'openai', null) + chipCommitmentsM(states, 'openai'),
  },
  {
    id: 'openai-ipo-valuation',
    label: 'OpenAI valuation at listing',
    unit: '$M',
    sourceValue: 1_000_000,
    source: 'Article: "the prospect of a $1 trillion IPO".',
    levelId: TRILLION,
    measured:
      "valuation at the listing's price (what the IPO objective is judged on), over the games where it listed",
    read: (states) => companyIn(states.at(-1), 'openai')?.ipoValuationM ?? null,
  },
  {
    id: 'aws-commitment',
    label: "OpenAI's commitment to AWS",
    unit: '$M',
    sourceValue: 38_000,
    source:
      'Article: "a massive $38 billion AWS cloud commitment"; FACTS §4: $38B over 7 years (infrastructurebrief.com).',
    levelId: HANDSHAKE,
    measured: 'whole-term value of the compute OpenAI committed to buy from AWS',
    read: (states) => computeCommitmentsM(states, 'openai', 'aws'),
  },
  {
    id: 'amazon-investment',
    label: "Amazon's investment in OpenAI",
    unit: '$M',
    sourceValue: 10_000,
    source: 'Article: "centered on an investment exceeding $10 billion".',
    levelId: HANDSHAKE,
    measured: 'equity Amazon (the level partner) and AWS bought in OpenAI',
    read: (states) => investedM(states, 'amazon', 'openai') + investedM(states, 'aws', 'openai'),
  },
  {
    id: 'microsoft-stake',
    label: "Microsoft's stake in OpenAI, end of 2025",
    unit: 'bp',
    sourceValue: 2700,
    source: 'Article: "Microsoft\'s 27% stake"; FACTS §4: ~27% as-converted after the 2025 recapitalisation.',
    levelId: HANDSHAKE,
    measured: "Microsoft's share of OpenAI's cap table at the end of 2025",
    read: (states) => {
      const openai = companyIn(endOfYear(states, 2025), 'openai');
      return openai ? (openai.capTable.microsoft ?? 0) : null;
    },
  },
  {
    id: 'oracle-deal',
    label: "OpenAI's commitment to Oracle",
    unit: '$M',
    sourceValue: 300_000,
    source: 'Article: "Oracle\'s $300 billion data center initiative"; FACTS §4: ~$300B, 4.5 GW.',
    levelId: 'oracles-gigawatt-gamble',
    measured: 'whole-term value of the compute OpenAI committed to buy from Oracle',
    read: (states) => computeCommitmentsM(states, 'openai', 'oracle'),
  },
  {
    id: 'nvidia-deal',
    label: "Nvidia's investment in OpenAI",
    unit: '$M',
    sourceValue: 100_000,
    source:
      'Article: "Nvidia\'s strategic chip deals"; FACTS §4: up to $100B investment, first $10B, then staged per GW deployed.',
    levelId: CIRCULAR,
    measured: "equity Nvidia bought in OpenAI over the game (its letter's tranches)",
    read: (states) => investedM(states, 'nvidia', 'openai'),
  },
  {
    id: 'nvidia-deal-trillion',
    label: "Nvidia's investment in OpenAI, 2025–2029",
    unit: '$M',
    sourceValue: 100_000,
    source:
      'FACTS §4: up to $100B investment; ≥ 10 GW; first $10B, then staged per GW deployed (letter of intent, Sept 2025).',
    levelId: TRILLION,
    measured: "equity Nvidia bought in OpenAI under its letter's tranches, over the level's five years",
    read: (states) => investedM(states, 'nvidia', 'openai'),
  },
  {
    id: 'amd-warrant',
    label: "AMD's warrant for OpenAI, shares vested",
    unit: 'shares',
    sourceValue: 160_000_000,
    source:
      'FACTS §4: AMD deal, 6 GW; warrant for 160M AMD shares at $0.01, tied to milestones (nasdaq.com), up to ~10% of AMD.',
    levelId: TRILLION,
    measured: 'AMD shares vested, one sixth of the warrant per GW of AMD chips running for OpenAI',
    read: (states) => {
      const last = states.at(-1);
      const warrant = last?.config.partners.find((p) => p.id === 'amd')?.warrant;
      if (!last || !warrant) return null;
      const tranches = last.warrantTranches.amd ?? 0;
      return Math.floor((warrant.sharesK * 1000 * tranches) / warrant.tranches);
    },
  },
  {
    id: 'coreweave-contracts',
    label: "OpenAI's contracts with CoreWeave, 2025",
    unit: '$M',
    sourceValue: 22_400,
    source: 'FACTS §4: CoreWeave deals, $22.4B in three contracts, plus $350M of equity for OpenAI (press).',
    levelId: CIRCULAR,
    measured: 'whole-term value of the compute OpenAI committed to buy from CoreWeave by the end of 2025',
    // The source is what had been signed by late 2025; the level runs to mid-2028, and what the two sign
    // in 2026–2028 has no source to compare with (the level extrapolates it, in CoreWeave's objective).
    read: (states) => {
      const end = endOfYear(states, 2025);
      return end ? computeCommitmentsM([end], 'openai', 'coreweave') : null;
    },
  },
  {
    id: 'coreweave-equity',
    label: "OpenAI's equity in CoreWeave",
    unit: '$M',
    sourceValue: 350,
    source: 'FACTS §4: CoreWeave deals, $22.4B in three contracts, plus $350M of equity for OpenAI (press).',
    levelId: CIRCULAR,
    measured: 'CoreWeave shares OpenAI bought under signed deals',
    read: (states) => investedM(states, 'openai', 'coreweave'),
  },
  {
    id: 'capex-2025-aws',
    label: 'AWS (Amazon) capex, 2025',
    unit: '$M',
    sourceValue: 125_000,
    source: 'FACTS §3: capex 2025 guidance, Amazon ~$125B (particle.news, Oct 2025).',
    levelId: SANDBOX,
    measured: 'chips, data centers and chip programmes paid for in 2025',
    read: capex2025('aws'),
  },
  {
    id: 'capex-2025-google',
    label: 'Google (Alphabet) capex, 2025',
    unit: '$M',
    sourceValue: 92_000,
    source: 'FACTS §3: capex 2025 guidance, Alphabet $91–93B.',
    levelId: SANDBOX,
    measured: 'chips, data centers and chip programmes paid for in 2025',
    read: capex2025('google'),
  },
  {
    id: 'capex-2025-microsoft',
    label: 'Microsoft capex, 2025',
    unit: '$M',
    sourceValue: 92_000,
    source:
      'FACTS §3, derived: ~$380B for the four less Amazon ~$125B, Alphabet ~$92B and Meta ~$71B (no direct figure).',
    levelId: SANDBOX,
    measured: 'chips, data centers and chip programmes paid for in 2025',
    read: capex2025('microsoft'),
  },
];

export const UNMODELLED_FIGURES: readonly UnmodelledFigure[] = [
  {
    label: 'Meta capex, 2025',
    source: 'FACTS §3: Meta $70–72B.',
    why: 'Meta is not a company in any level.',
  },
  {
    label: 'Oracle capex, 2025',
    source: 'No figure in the article or FACTS (only its $300B deal and ~$95B of debt).',
    why: 'There is no source figure to compare with.',
  },
];
