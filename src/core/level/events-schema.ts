/**
 * Event cards, as level data. Each has a trigger (a quarter window, an optional condition on the state, a
 * probability drawn from the game's seeded generator), an explanation citing the scenario, effects, and
 * optionally a choice the affected company must answer before it can act.
 * In a `dealOffer`, the parties "@partner" and "@target" stand for the offering partner and the company hit.
 */
import * as v from 'valibot';
import { TermListSchema } from '../deals/terms';
import { identifier, text, wholeAtLeast, wholeBetween } from './fields';

export const EVENT_TARGETS = [
  'market',
  'everyone',
  'allLabs',
  'allClouds',
  'leadingLab',
  'largestCloud',
  'mostScrutinised',
  'randomCompany',
  'randomLab',
] as const;
export const CONDITION_METRICS = [
  'sentimentBp',
  'baseRateBp',
  'hhiCompute',
  'hhiModel',
  'maxScrutiny',
  'leadingValuationM',
  'totalOperatingMw',
] as const;

const signed = (limit: number) => wholeBetween(-limit, limit);

export const EventEffectSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('sentiment'), deltaBp: signed(10000) }),
    v.strictObject({ kind: v.literal('baseRate'), deltaBp: signed(2000) }),
    v.strictObject({ kind: v.literal('modelDemand'), changeBp: signed(10000) }),
    v.strictObject({ kind: v.literal('spotDemand'), changeBp: signed(10000) }),
    v.strictObject({ kind: v.literal('scrutiny'), delta: signed(1000) }),
    v.strictObject({ kind: v.literal('govRelations'), delta: signed(1000) }),
    v.strictObject({ kind: v.literal('cash'), amountM: signed(1_000_000) }),
    v.strictObject({ kind: v.literal('capability'), delta: signed(500) }),
    v.strictObject({
      kind: v.literal('exportControls'),
      regionId: identifier,
      supplyBp: wholeBetween(0, 10000),
      quarters: wholeBetween(1, 40),
    }),
    v.strictObject({ kind: v.literal('gridDelay'), regionId: identifier, quarters: wholeBetween(1, 12) }),
    v.strictObject({ kind: v.literal('regionPower'), regionId: identifier, mw: signed(100_000) }),
    v.strictObject({
      kind: v.literal('ipoWindow'),
      quarters: wholeBetween(1, 12),
      minSentimentBp: wholeBetween(0, 20000),
    }),
    // A scare that lasts: no ordinary equity round or listing for this many quarters, whatever sentiment does.
    v.strictObject({ kind: v.literal('equityWindowShut'), quarters: wholeBetween(1, 12) }),
    v.strictObject({
      kind: v.literal('riskDiscount'),
      bp: wholeBetween(0, 5000),
      quarters: wholeBetween(1, 12),
    }),
    v.strictObject({ kind: v.literal('dealOffer'), partnerId: identifier, terms: TermListSchema }),
  ],
  'must be an effect with a known "kind"',
);

export const EventConditionSchema = v.strictObject({
  metric: v.picklist(CONDITION_METRICS, `must be one of: ${CONDITION_METRICS.join(', ')}`),
  op: v.picklist(['atLeast', 'atMost'], 'must be "atLeast" or "atMost"'),
  value: wholeAtLeast(0),
});

const ChoiceOptionSchema = v.strictObject({
  id: identifier,
  label: text('the option label'),
  explanation: text('what choosing it means'),
  effects: v.array(EventEffectSchema, 'must be a list of effects'),
});

export const EventCardSchema = v.strictObject({
  id: identifier,
  title: text('the event title'),
  text: text('the explanation'),
  source: text('the scenario sentence or figure it comes from'),
  window: v.strictObject({ from: wholeAtLeast(1), to: wholeAtLeast(1) }), // 1-based quarters, inclusive
  condition: v.optional(EventConditionSchema),
  probabilityBp: wholeBetween(0, 10000),
  repeatable: v.boolean('must be true or false'),
  target: v.picklist(EVENT_TARGETS, `must be one of: ${EVENT_TARGETS.join(', ')}`),
  effects: v.array(EventEffectSchema, 'must be a list of effects'),
  choice: v.optional(
    v.strictObject({
      prompt: text('the question'),
      options: v.pipe(
        v.array(ChoiceOptionSchema, 'must be a list of options'),
        v.minLength(2, 'must offer at least two options'),
      ),
    }),
  ),
});

export type EventCard = v.InferOutput<typeof EventCardSchema>;
export type EventEffect = v.InferOutput<typeof EventEffectSchema>;
export type EventCondition = v.InferOutput<typeof EventConditionSchema>;
