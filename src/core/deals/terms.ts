/**
 * The terms a deal can carry. Each names the two sides by company id (a seated company or a level
 * partner); a deal's terms may only name its own two parties. Recurring terms run for `quarters`
 * resolutions, starting with the quarter the deal is signed in — except a compute commitment sold
 * forward (`startsInQuarters`), which starts that many quarters later.
 */
import * as v from 'valibot';

const party = v.pipe(v.string('must be a company id'), v.minLength(1, 'must be a company id'));
const whole = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const quarters = whole(1, 40);
/** How far ahead a compute commitment may be sold: four years, the time a gigawatt campus takes to build. */
export const MAX_START_QUARTERS = 16;

export const TERM_KINDS = [
  'equity',
  'stakeSale',
  'computeCommitment',
  'chipSupply',
  'revenueShare',
  'exclusivity',
  'cash',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const TermSchema = v.variant(
  'kind',
  [
    /** New shares: the investor pays now and the investee issues the stake (everyone else is diluted). */
    v.strictObject({
      kind: v.literal('equity'),
      investor: party,
      investee: party,
      amountM: whole(1, 10_000_000),
      stakeBp: whole(1, 4900),
    }),
    /** Shares the seller already holds in a third company change hands. */
    v.strictObject({
      kind: v.literal('stakeSale'),
      seller: party,
      buyer: party,
      companyId: party,
      stakeBp: whole(1, 10000),
      priceM: whole(0, 10_000_000),
    }),
    /**
     * Take-or-pay: the provider reserves this compute every quarter; the buyer pays for it whether used or
     * not. Sold forward, it starts `startsInQuarters` quarters after signing: capacity still to be built,
     * as Oracle sold OpenAI 4.5 GW from 2027 (FACTS §4).
     */
    v.strictObject({
      kind: v.literal('computeCommitment'),
      provider: party,
      buyer: party,
      cuPerQuarter: whole(1, 1_000_000_000),
      pricePerCu: whole(1, 1_000_000),
      quarters,
      startsInQuarters: v.optional(whole(1, MAX_START_QUARTERS)),
    }),
    /** A reserved allocation of chips, delivered each quarter into the buyer's data center; prepayment is paid at signing and drawn down. */
    v.strictObject({
      kind: v.literal('chipSupply'),
      supplier: party,
      buyer: party,
      chipId: v.pipe(v.string('must be a chip id'), v.minLength(1, 'must be a chip id')),
      kPerQuarter: whole(1, 10_000_000),
      priceMPerK: whole(1, 100_000),
      quarters,
      prepaymentM: whole(0, 10_000_000),
      dataCenterId: whole(0, Number.MAX_SAFE_INTEGER),
    }),
    /** The payer hands over this share of its revenue each quarter. */
    v.strictObject({
      kind: v.literal('revenueShare'),
      payer: party,
      payee: party,
      shareBp: whole(1, 5000),
      quarters,
    }),
    /** The bound company buys compute and chips only from the beneficiary while it lasts. */
    v.strictObject({ kind: v.literal('exclusivity'), bound: party, beneficiary: party, quarters }),
    /** A one-off payment at signing. */
    v.strictObject({ kind: v.literal('cash'), payer: party, payee: party, amountM: whole(1, 10_000_000) }),
  ],
  `must be a term whose "kind" is one of: ${TERM_KINDS.join(', ')}`,
);

export type Term = v.InferOutput<typeof TermSchema>;
export type TermOf<K extends TermKind> = Extract<Term, { kind: K }>;

export const MAX_TERMS = 8;

/** A level's list of terms (e.g. a partner's offer), in a form JSON Schema can describe for editors. */
export const TermListSchema = v.pipe(
  v.array(TermSchema, 'must be a list of terms'),
  v.minLength(1, 'must hold at least one term'),
  v.maxLength(MAX_TERMS, `must hold at most ${MAX_TERMS} terms`),
);

/** An action's terms: the length is checked before any term is, so 10,000 terms are refused unread. */
export const TermsSchema = v.pipe(
  v.custom<unknown[]>((input) => Array.isArray(input), 'must be a list of terms'),
  v.check((list) => list.length >= 1, 'must hold at least one term'),
  v.check((list) => list.length <= MAX_TERMS, `must hold at most ${MAX_TERMS} terms`),
  v.array(TermSchema, 'must be a list of terms'),
);

/** The two companies a term binds, in (giver of the main obligation, receiver) order. */
export function termParties(term: Term): [string, string] {
  switch (term.kind) {
    case 'equity':
      return [term.investor, term.investee];
    case 'stakeSale':
      return [term.seller, term.buyer];
    case 'computeCommitment':
      return [term.provider, term.buyer];
    case 'chipSupply':
      return [term.supplier, term.buyer];
    case 'revenueShare':
      return [term.payer, term.payee];
    case 'exclusivity':
      return [term.bound, term.beneficiary];
    case 'cash':
      return [term.payer, term.payee];
  }
}

/** Quarters between signing and a term's first delivery: 0 but for a compute commitment sold forward. */
export const startOffset = (term: Term): number =>
  term.kind === 'computeCommitment' ? (term.startsInQuarters ?? 0) : 0;

export const isRecurring = (term: Term): term is Extract<Term, { quarters: number }> => 'quarters' in term;
