/**
 * Actions are untrusted, serialisable events (`domain/verb`). Each carries `seat`: the id of the company
 * whose seat acts. This schema turns arbitrary JSON into a typed action or a sentence naming the bad field.
 */
import * as v from 'valibot';
import { TermsSchema } from '../deals/terms';
import { clip } from '../quote';
import { GOV_PROGRAMMES } from '../vocabulary';

const companyId = v.pipe(v.string('must be a company id'), v.minLength(1, 'must be a company id'));
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const id = v.pipe(v.string('must be an id'), v.minLength(1, 'must be an id'));

export const ActionSchema = v.variant(
  'type',
  [
    v.strictObject({
      type: v.literal('chips/order'),
      seat: companyId,
      chipId: id,
      k: whole(1, 10_000_000),
      dataCenterId: whole(0),
    }),
    v.strictObject({ type: v.literal('chips/startProgram'), seat: companyId, chipId: id }),
    v.strictObject({
      type: v.literal('datacenter/build'),
      seat: companyId,
      regionId: id,
      mw: whole(1, 100_000),
    }),
    v.strictObject({ type: v.literal('compute/allocate'), seat: companyId, trainingBp: whole(0, 10000) }),
    v.strictObject({
      type: v.literal('finance/raiseEquity'),
      seat: companyId,
      amountM: whole(1, 100_000_000),
    }),
    v.strictObject({ type: v.literal('finance/borrow'), seat: companyId, amountM: whole(1, 100_000_000) }),
    v.strictObject({
      type: v.literal('finance/repay'),
      seat: companyId,
      loanId: whole(0),
      amountM: whole(1, 100_000_000),
    }),
    v.strictObject({ type: v.literal('finance/ipo'), seat: companyId }),
    v.strictObject({
      type: v.literal('finance/emergencyRaise'),
      seat: companyId,
      amountM: whole(1, 100_000_000),
    }),
    v.strictObject({
      type: v.literal('assets/sellChips'),
      seat: companyId,
      dataCenterId: whole(0),
      chipId: id,
      k: whole(1, 10_000_000),
    }),
    v.strictObject({ type: v.literal('deal/propose'), seat: companyId, to: companyId, terms: TermsSchema }),
    v.strictObject({ type: v.literal('deal/accept'), seat: companyId, dealId: whole(0) }),
    v.strictObject({
      type: v.literal('deal/refuse'),
      seat: companyId,
      dealId: whole(0),
      reason: v.optional(
        v.pipe(v.string('must be text'), v.maxLength(200, 'must be at most 200 characters')),
      ),
    }),
    v.strictObject({
      type: v.literal('deal/counter'),
      seat: companyId,
      dealId: whole(0),
      terms: TermsSchema,
    }),
    v.strictObject({ type: v.literal('deal/terminate'), seat: companyId, dealId: whole(0) }),
    v.strictObject({
      type: v.literal('gov/relations'),
      seat: companyId,
      programme: v.picklist(GOV_PROGRAMMES, `must be one of: ${GOV_PROGRAMMES.join(', ')}`),
    }),
    v.strictObject({ type: v.literal('event/choose'), seat: companyId, eventId: id, optionId: id }),
    v.strictObject({ type: v.literal('turn/end'), seat: companyId }),
  ],
  'must be an object whose "type" is a known action',
);

export type Action = v.InferOutput<typeof ActionSchema>;
export type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>;

export type ParsedAction = { ok: true; action: Action } | { ok: false; message: string };

export function parseAction(input: unknown): ParsedAction {
  const parsed = v.safeParse(ActionSchema, input, { abortEarly: true });
  if (parsed.success)
    return {
      ok: true,
      action: hasNegativeZero(parsed.output) ? withoutNegativeZero(parsed.output) : parsed.output,
    };
  const issue = parsed.issues[0];
  // Field names can come from the input too (an unknown key): echo them bounded, on one line.
  const path = clip(issue?.path?.map((item) => String((item as { key: unknown }).key)).join('.') ?? '');
  const unknownField = issue?.type === 'strict_object' && issue.expected === 'never';
  const missingField = issue?.type === 'strict_object' && issue.received === 'undefined';
  const message = unknownField
    ? 'is not a field of this action'
    : missingField
      ? 'is missing'
      : (issue?.message ?? 'is not an action');
  return { ok: false, message: path ? `The action's field "${path}" ${message}.` : `The action ${message}.` };
}

/**
 * `-0` passes every integer check, but JSON has no −0: a save would replay it as 0 and could hash
 * differently. Every number of an action is stored as +0 instead.
 */
function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true;
  if (value === null || typeof value !== 'object') return false;
  // Checked before copying: almost no action has one, and `step` runs thousands of times a game.
  for (const item of Array.isArray(value) ? value : Object.values(value))
    if (hasNegativeZero(item)) return true;
  return false;
}

function withoutNegativeZero<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(withoutNegativeZero) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = withoutNegativeZero(item);
    return copy as T;
  }
  return value;
}
