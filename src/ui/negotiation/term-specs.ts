/**
 * What the composer asks for each term kind the rules have: the two roles the term names (in the rules'
 * order, giver of the main obligation first, so a term sits in the column of the side that gives), and
 * its fields with their units and the rules' own bounds (src/core/deals/terms.ts). Inputs are text: the
 * conversion in convert.ts parses them.
 */
import type { GameState } from '../../core';
import { MAX_START_QUARTERS, type TermKind } from '../../core/deals/terms';

export interface Choice {
  value: string;
  label: string;
}

/** Who the term is between: the giver of its main obligation and the receiver, by company id. */
export interface TermContext {
  state: GameState;
  giver: string;
  receiver: string;
}

export type FieldSpec =
  | {
      key: string;
      type: 'whole';
      label: string;
      /** Words for the field in a problem sentence ("the amount"). */
      what: string;
      min: number;
      max: number;
      initial: (ctx: TermContext) => string;
      /** A value that means "not set": the term is sent without the field (the rules' default). */
      omitWhen?: number;
    }
  | {
      key: string;
      type: 'percent';
      label: string;
      what: string;
      minBp: number;
      maxBp: number;
      initial: (ctx: TermContext) => string;
    }
  | {
      key: string;
      type: 'select';
      label: string;
      what: string;
      options: (ctx: TermContext) => Choice[];
      /** Said when there is nothing to choose from. */
      empty: (ctx: TermContext) => string;
    };

export interface TermSpec {
  kind: TermKind;
  /** The button and legend label. */
  label: string;
  /** The term's field names for the giver and the receiver, in termParties order. */
  roles: readonly [string, string];
  /** One line about who does what, for the legend's description. */
  explain: (giverName: string, receiverName: string) => string;
  fields: readonly FieldSpec[];
}

const MONEY_MAX = 10_000_000;
const quarters: FieldSpec = {
  key: 'quarters',
  type: 'whole',
  label: 'For how many quarters',
  what: 'the number of quarters',
  min: 1,
  max: 40,
  initial: () => '4',
};

const companiesHeldBy = ({ state, giver, receiver }: TermContext): Choice[] =>
  Object.values(state.companies)
    .filter((c) => c.id !== receiver && c.id !== giver && (c.capTable[giver] ?? 0) > 0)
    .map((c) => ({
      value: c.id,
      label: `${c.name} (holds ${((c.capTable[giver] ?? 0) / 100).toFixed(2)}%)`,
    }));

export const TERM_SPECS: readonly TermSpec[] = [
  {
    kind: 'equity',
    label: 'Equity for a stake',
    roles: ['investor', 'investee'],
    explain: (g, r) => `${g} invests cash now; ${r} issues new shares to it (everyone else is diluted).`,
    fields: [
      {
        key: 'amountM',
        type: 'whole',
        label: 'Investment ($M)',
        what: 'the investment',
        min: 1,
        max: MONEY_MAX,
        initial: () => '1000',
      },
      {
        key: 'stakeBp',
        type: 'percent',
        label: 'Stake (%)',
        what: 'the stake',
        minBp: 1,
        maxBp: 4900,
        initial: () => '1',
      },
    ],
  },
  {
    kind: 'stakeSale',
    label: 'Stake sale',
    roles: ['seller', 'buyer'],
    explain: (g, r) => `${g} sells shares it holds in a third company; ${r} pays for them now.`,
    fields: [
      {
        key: 'companyId',
        type: 'select',
        label: 'Shares of',
        what: 'the company',
        options: companiesHeldBy,
        empty: ({ state, giver }) =>
          `${state.companies[giver]?.name ?? giver} holds no shares in another company it could sell.`,
      },
      {
        key: 'stakeBp',
        type: 'percent',
        label: 'Stake (%)',
        what: 'the stake',
        minBp: 1,
        maxBp: 10000,
        initial: () => '1',
      },
      {
        key: 'priceM',
        type: 'whole',
        label: 'Price ($M)',
        what: 'the price',
        min: 0,
        max: MONEY_MAX,
        initial: () => '100',
      },
    ],
  },
  {
    kind: 'computeCommitment',
    label: 'Take-or-pay compute',
    roles: ['provider', 'buyer'],
    explain: (g, r) => `${g} reserves compute every quarter; ${r} pays for it whether used or not.`,
    fields: [
      {
        key: 'cuPerQuarter',
        type: 'whole',
        label: 'CU per quarter',
        what: 'the CU per quarter',
        min: 1,
        max: 1_000_000_000,
        initial: () => '100000',
      },
      {
        key: 'pricePerCu',
        type: 'whole',
        label: 'Price per CU ($)',
        what: 'the price per CU',
        min: 1,
        max: 1_000_000,
        initial: ({ state }) => String(state.market.spotPricePerCu),
      },
      quarters,
      {
        // Sold forward: capacity still to be built (Oracle's 4.5 GW for OpenAI from 2027).
        key: 'startsInQuarters',
        type: 'whole',
        label: 'Starts in (quarters)',
        what: 'the start',
        min: 0,
        max: MAX_START_QUARTERS,
        initial: () => '0',
        omitWhen: 0,
      },
    ],
  },
  {
    kind: 'chipSupply',
    label: 'Chip supply with prepayment',
    roles: ['supplier', 'buyer'],
    explain: (g, r) => `${g} delivers chips each quarter into ${r}'s data center; a prepayment is paid now.`,
    fields: [
      {
        key: 'chipId',
        type: 'select',
        label: 'Chip',
        what: 'the chip',
        options: ({ state }) => state.config.chips.map((c) => ({ value: c.id, label: c.name })),
        empty: () => 'This level has no chips.',
      },
      {
        key: 'kPerQuarter',
        type: 'whole',
        label: 'Thousand chips a quarter',
        what: 'the number of chips',
        min: 1,
        max: MONEY_MAX,
        initial: () => '10',
      },
      {
        key: 'priceMPerK',
        type: 'whole',
        label: 'Price per 1,000 chips ($M)',
        what: 'the price',
        min: 1,
        max: 100_000,
        initial: ({ state }) => String(state.config.chips[0]?.priceMPerK ?? 30),
      },
      quarters,
      {
        key: 'prepaymentM',
        type: 'whole',
        label: 'Prepayment now ($M)',
        what: 'the prepayment',
        min: 0,
        max: MONEY_MAX,
        initial: () => '0',
      },
      {
        key: 'dataCenterId',
        type: 'select',
        label: 'Into data center',
        what: 'the data center',
        options: ({ state, receiver }) =>
          (state.companies[receiver]?.dataCenters ?? []).map((dc) => ({
            value: String(dc.id),
            label: `#${dc.id} · ${dc.mw} MW · ${state.config.regions.find((r) => r.id === dc.regionId)?.name ?? dc.regionId} (${dc.status})`,
          })),
        empty: ({ state, receiver }) =>
          `${state.companies[receiver]?.name ?? receiver} has no data center to receive chips.`,
      },
    ],
  },
  {
    kind: 'revenueShare',
    label: 'Revenue share',
    roles: ['payer', 'payee'],
    explain: (g, r) => `${g} hands ${r} a share of its revenue every quarter.`,
    fields: [
      {
        key: 'shareBp',
        type: 'percent',
        label: 'Share of revenue (%)',
        what: 'the share',
        minBp: 1,
        maxBp: 5000,
        initial: () => '5',
      },
      quarters,
    ],
  },
  {
    kind: 'exclusivity',
    label: 'Exclusivity',
    roles: ['bound', 'beneficiary'],
    explain: (g, r) => `${g} buys compute and chips only from ${r} while it lasts (regulators notice).`,
    fields: [quarters],
  },
  {
    kind: 'cash',
    label: 'Cash payment',
    roles: ['payer', 'payee'],
    explain: (g, r) => `${g} pays ${r} once, at signing.`,
    fields: [
      {
        key: 'amountM',
        type: 'whole',
        label: 'Amount ($M)',
        what: 'the amount',
        min: 1,
        max: MONEY_MAX,
        initial: () => '100',
      },
    ],
  },
];

export function specOf(kind: TermKind): TermSpec {
  const spec = TERM_SPECS.find((s) => s.kind === kind);
  if (!spec) throw new Error(`no term spec for ${kind}`);
  return spec;
}

/** The fields a new term starts with: the spec's defaults, and the first choice of each select. */
export function initialFields(spec: TermSpec, ctx: TermContext): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of spec.fields)
    fields[field.key] = field.type === 'select' ? (field.options(ctx)[0]?.value ?? '') : field.initial(ctx);
  return fields;
}
