/**
 * The forms behind each action: which fields an action takes and how the typed text becomes an
 * action for the rules. A form only parses; the rules decide (the preview shows their answer).
 */
import { type Action, type CompanyState, type GameState, GOV_PROGRAMMES } from '../../core';
import { formatMoney } from '../format';
import { type Parsed, parsePercentBp, parseWhole } from '../parse-input';

export type FieldSpec =
  | { key: string; label: string; type: 'number'; hint?: string; placeholder?: string }
  | {
      key: string;
      label: string;
      type: 'select';
      options: { value: string; label: string }[];
      hint?: string;
    };

export interface ActionForm {
  kind: Action['type'];
  /** The button that opens the form, and the confirm button's verb. */
  label: string;
  verb: string;
  /** Who may use it, and when it is worth showing. */
  available: (company: CompanyState, state: GameState) => boolean;
  fields: (company: CompanyState, state: GameState) => FieldSpec[];
  /** The action the fields describe, or the sentence for the field that is wrong. */
  build: (
    seat: string,
    fields: Record<string, string>,
  ) => { action: Action } | { field: string; problem: string };
  /** Spends one unit of management attention. */
  major: boolean;
}

const MAX_M = 100_000_000;

function siteOptions(company: CompanyState, state: GameState) {
  return company.dataCenters.map((dc) => ({
    value: String(dc.id),
    label: `#${dc.id} ${state.config.regions.find((r) => r.id === dc.regionId)?.name ?? dc.regionId}, ${dc.mw} MW (${dc.status})`,
  }));
}

const number = (_fields: Record<string, string>, key: string, parse: () => Parsed) => {
  const parsed = parse();
  return parsed.ok ? parsed.value : { field: key, problem: parsed.problem };
};

type Problem = { field: string; problem: string };
const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null && 'problem' in v;

export const ACTION_FORMS: ActionForm[] = [
  {
    kind: 'chips/order',
    label: 'Order chips',
    verb: 'Order',
    major: true,
    available: (c) => c.status !== 'bankrupt',
    fields: (c, s) => [
      {
        key: 'chipId',
        label: 'Chip',
        type: 'select',
        options: s.config.chips.map((chip) => ({
          value: chip.id,
          label: `${chip.name} — ${formatMoney(chip.priceMPerK)} per 1,000`,
        })),
      },
      { key: 'k', label: 'How many (thousands of chips)', type: 'number', placeholder: '50' },
      {
        key: 'dataCenterId',
        label: 'Install in',
        type: 'select',
        options: siteOptions(c, s),
        hint: 'Chips arrive after their lead time and run only within the site’s power.',
      },
    ],
    build: (seat, f) => {
      const k = number(f, 'k', () => parseWhole(f.k ?? '', 'the number of thousands', 1, 10_000_000));
      if (isProblem(k)) return k;
      const dc = number(f, 'dataCenterId', () =>
        parseWhole(f.dataCenterId ?? '', 'a data center', 0, Number.MAX_SAFE_INTEGER),
      );
      if (isProblem(dc))
        return { field: 'dataCenterId', problem: 'Build a data center first: chips need a site.' };
      return { action: { type: 'chips/order', seat, chipId: f.chipId ?? '', k, dataCenterId: dc } };
    },
  },
  {
    kind: 'datacenter/build',
    label: 'Build a data center',
    verb: 'Build',
    major: true,
    available: (c) => c.status !== 'bankrupt',
    fields: (_c, s) => [
      {
        key: 'regionId',
        label: 'Region',
        type: 'select',
        options: s.config.regions.map((r) => {
          const left = (s.regions[r.id]?.powerMw ?? 0) - (s.regions[r.id]?.claimedMw ?? 0);
          return {
            value: r.id,
            label: `${r.name} — ${left} MW of power left, ${formatMoney(r.costPerMwM)} per MW`,
          };
        }),
      },
      { key: 'mw', label: 'Size (MW)', type: 'number', placeholder: '300' },
    ],
    build: (seat, f) => {
      const mw = number(f, 'mw', () => parseWhole(f.mw ?? '', 'the size in MW', 1, 100_000));
      if (isProblem(mw)) return mw;
      return { action: { type: 'datacenter/build', seat, regionId: f.regionId ?? '', mw } };
    },
  },
  {
    kind: 'compute/allocate',
    label: 'Split compute',
    verb: 'Set the split',
    major: false,
    available: (c) => c.role === 'lab',
    fields: (c) => [
      {
        key: 'training',
        label: 'Share for training (%)',
        type: 'number',
        placeholder: String(c.trainingShareBp / 100),
        hint: 'Training raises capability (a bigger share of the model market later); the rest serves customers now.',
      },
    ],
    build: (seat, f) => {
      const bp = number(f, 'training', () => parsePercentBp(f.training ?? '', 'the training share'));
      if (isProblem(bp)) return bp;
      return { action: { type: 'compute/allocate', seat, trainingBp: bp } };
    },
  },
  {
    kind: 'chips/startProgram',
    label: 'Start an in-house chip',
    verb: 'Start the programme',
    major: true,
    available: (c, s) => s.config.chips.some((chip) => chip.inHouse?.companyId === c.id),
    fields: (c, s) => [
      {
        key: 'chipId',
        label: 'Programme',
        type: 'select',
        options: s.config.chips
          .filter((chip) => chip.inHouse?.companyId === c.id)
          .map((chip) => ({
            value: chip.id,
            label: `${chip.name} — ${chip.inHouse?.rndQuarters} quarters of R&D at ${formatMoney(chip.inHouse?.rndCostPerQuarterM ?? 0)} a quarter`,
          })),
      },
    ],
    build: (seat, f) => ({ action: { type: 'chips/startProgram', seat, chipId: f.chipId ?? '' } }),
  },
  {
    kind: 'finance/raiseEquity',
    label: 'Raise equity',
    verb: 'Raise',
    major: true,
    available: (c) => c.status !== 'bankrupt',
    fields: () => [
      {
        key: 'amountM',
        label: 'Amount ($M)',
        type: 'number',
        placeholder: '5000',
        hint: 'New shares for new investors: every holder is diluted.',
      },
    ],
    build: (seat, f) => {
      const amountM = number(f, 'amountM', () => parseWhole(f.amountM ?? '', 'the amount in $M', 1, MAX_M));
      return isProblem(amountM) ? amountM : { action: { type: 'finance/raiseEquity', seat, amountM } };
    },
  },
  {
    kind: 'finance/borrow',
    label: 'Borrow',
    verb: 'Borrow',
    major: true,
    available: (c) => c.status !== 'bankrupt',
    fields: () => [{ key: 'amountM', label: 'Amount ($M)', type: 'number', placeholder: '5000' }],
    build: (seat, f) => {
      const amountM = number(f, 'amountM', () => parseWhole(f.amountM ?? '', 'the amount in $M', 1, MAX_M));
      return isProblem(amountM) ? amountM : { action: { type: 'finance/borrow', seat, amountM } };
    },
  },
  {
    kind: 'finance/repay',
    label: 'Repay a loan',
    verb: 'Repay',
    major: false,
    available: (c) => c.loans.length > 0,
    fields: (c) => [
      {
        key: 'loanId',
        label: 'Loan',
        type: 'select',
        options: c.loans.map((l) => ({
          value: String(l.id),
          label: `#${l.id}: ${formatMoney(l.principalM)} at ${(l.rateBp / 100).toFixed(1)}%`,
        })),
      },
      { key: 'amountM', label: 'Amount ($M)', type: 'number' },
    ],
    build: (seat, f) => {
      const loanId = number(f, 'loanId', () =>
        parseWhole(f.loanId ?? '', 'a loan', 0, Number.MAX_SAFE_INTEGER),
      );
      if (isProblem(loanId)) return loanId;
      const amountM = number(f, 'amountM', () => parseWhole(f.amountM ?? '', 'the amount in $M', 1, MAX_M));
      return isProblem(amountM) ? amountM : { action: { type: 'finance/repay', seat, loanId, amountM } };
    },
  },
  {
    kind: 'finance/ipo',
    label: 'List on the stock market (IPO)',
    verb: 'List',
    major: true,
    available: (c) => !c.isPublic,
    fields: () => [],
    build: (seat) => ({ action: { type: 'finance/ipo', seat } }),
  },
  {
    kind: 'finance/emergencyRaise',
    label: 'Emergency raise',
    verb: 'Raise at a discount',
    major: false,
    available: (c) => c.status === 'distressed',
    fields: () => [{ key: 'amountM', label: 'Amount ($M)', type: 'number' }],
    build: (seat, f) => {
      const amountM = number(f, 'amountM', () => parseWhole(f.amountM ?? '', 'the amount in $M', 1, MAX_M));
      return isProblem(amountM) ? amountM : { action: { type: 'finance/emergencyRaise', seat, amountM } };
    },
  },
  {
    kind: 'assets/sellChips',
    label: 'Sell chips',
    verb: 'Sell',
    major: false,
    available: (c) => c.chipBatches.length > 0,
    fields: (c, s) => [
      { key: 'dataCenterId', label: 'From', type: 'select', options: siteOptions(c, s) },
      {
        key: 'chipId',
        label: 'Chip',
        type: 'select',
        options: s.config.chips.map((chip) => ({ value: chip.id, label: chip.name })),
      },
      { key: 'k', label: 'How many (thousands)', type: 'number' },
    ],
    build: (seat, f) => {
      const dc = number(f, 'dataCenterId', () =>
        parseWhole(f.dataCenterId ?? '', 'a data center', 0, Number.MAX_SAFE_INTEGER),
      );
      if (isProblem(dc)) return dc;
      const k = number(f, 'k', () => parseWhole(f.k ?? '', 'the number of thousands', 1, 10_000_000));
      return isProblem(k)
        ? k
        : { action: { type: 'assets/sellChips', seat, dataCenterId: dc, chipId: f.chipId ?? '', k } };
    },
  },
  {
    kind: 'gov/relations',
    label: 'Government relations',
    verb: 'Commit',
    major: true,
    available: (c) => c.status !== 'bankrupt',
    fields: (_c, s) => [
      {
        key: 'programme',
        label: 'Programme',
        type: 'select',
        options: GOV_PROGRAMMES.map((p) => ({
          value: p,
          label:
            p === 'adviser'
              ? `Hire a former minister as adviser — ${formatMoney(s.config.regulation.govRelations.adviserCostM)}`
              : `Join the national AI initiative — ${formatMoney(s.config.regulation.govRelations.initiativeCostM)}`,
        })),
      },
    ],
    build: (seat, f) => ({
      action: { type: 'gov/relations', seat, programme: (f.programme ?? 'adviser') as 'adviser' },
    }),
  },
];

/** The form's fields as typed, with each select defaulting to its first option. */
export function withDefaults(specs: FieldSpec[], typed: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...typed };
  for (const spec of specs) {
    if (spec.type === 'select' && !spec.options.some((o) => o.value === out[spec.key]))
      out[spec.key] = spec.options[0]?.value ?? '';
  }
  return out;
}
