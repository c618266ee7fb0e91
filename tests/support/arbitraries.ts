/**
 * fast-check generators for property tests: well-formed actions aimed at a level's companies, chips and
 * regions (mostly from the active seat, so the rules rather than the turn check get exercised), near
 * misses, and arbitrary JSON.
 */
import fc from 'fast-check';
import { ACTION_TYPES, type Level } from '../../src/core';

/** Names every plain object inherits: as an id they must mean "no such thing", never a crash. */
export const BUILT_IN_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
] as const;

const longId = fc.string({ minLength: 41, maxLength: 400 }).map((text) => `${text}\n${text}`);

/** An action whose `seat` is filled in at run time: `null` means whoever is active. */
export type ActionTemplate = Record<string, unknown> & { type: string; seat: string | null };

export type Op =
  | { kind: 'script' }
  | { kind: 'template'; template: ActionTemplate }
  | { kind: 'junk'; value: unknown };

const amount = fc.oneof(
  fc.integer({ min: 1, max: 500 }),
  fc.integer({ min: 1, max: 200_000 }),
  fc.integer({ min: 1, max: 100_000_000 }),
);

export function actionTemplate(level: Level): fc.Arbitrary<ActionTemplate> {
  const seat = fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...level.companies.map((c) => c.id), 'nobody', ...BUILT_IN_NAMES),
    },
    // Long and multi-line ids must come back quoted short, on one line.
    { weight: 1, arbitrary: longId },
  );
  const chipId = fc.constantFrom(...level.chips.map((c) => c.id), 'no-such-chip', ...BUILT_IN_NAMES);
  const regionId = fc.constantFrom(...level.regions.map((r) => r.id), 'atlantis', ...BUILT_IN_NAMES);
  const siteId = fc.integer({ min: 0, max: 80 });
  const k = fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 10_000_000 }));
  return fc.oneof(
    fc.record({ type: fc.constant('chips/order'), seat, chipId, k, dataCenterId: siteId }),
    fc.record({ type: fc.constant('chips/startProgram'), seat, chipId }),
    fc.record({
      type: fc.constant('datacenter/build'),
      seat,
      regionId,
      mw: fc.integer({ min: 1, max: 100_000 }),
    }),
    fc.record({
      type: fc.constant('compute/allocate'),
      seat,
      trainingBp: fc.integer({ min: 0, max: 10000 }),
    }),
    fc.record({ type: fc.constant('finance/raiseEquity'), seat, amountM: amount }),
    fc.record({ type: fc.constant('finance/borrow'), seat, amountM: amount }),
    fc.record({ type: fc.constant('finance/repay'), seat, loanId: siteId, amountM: amount }),
    fc.record({ type: fc.constant('finance/ipo'), seat }),
    fc.record({ type: fc.constant('finance/emergencyRaise'), seat, amountM: amount }),
    fc.record({ type: fc.constant('assets/sellChips'), seat, dataCenterId: siteId, chipId, k }),
    fc.record({ type: fc.constant('turn/end'), seat }),
  ) as fc.Arbitrary<ActionTemplate>;
}

/** Inputs that are not actions at all, or almost actions: arbitrary values, JSON, wrong field types. */
export function junk(level: Level): fc.Arbitrary<unknown> {
  const nearMiss = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...ACTION_TYPES), fc.string()),
      seat: fc.oneof(
        fc.constantFrom(...level.companies.map((c) => c.id), ...BUILT_IN_NAMES),
        fc.anything(),
        longId,
      ),
      k: fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.string()),
      amountM: fc.oneof(fc.double(), fc.constant(-1), fc.constant(Number.MAX_VALUE)),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc.anything(),
    fc.json().map((text) => JSON.parse(text) as unknown),
    nearMiss,
    actionTemplate(level).map((template) => ({
      ...template,
      seat: template.seat ?? level.companies[0]?.id,
      unexpected: 1,
    })),
  );
}

/** Mostly scripted moves, so games get deep into the level, laced with legal-looking and junk input. */
export function ops(level: Level, maxLength: number): fc.Arbitrary<Op[]> {
  return fc.array(
    fc.oneof(
      { weight: 14, arbitrary: fc.constant<Op>({ kind: 'script' }) },
      { weight: 4, arbitrary: actionTemplate(level).map((template): Op => ({ kind: 'template', template })) },
      { weight: 1, arbitrary: junk(level).map((value): Op => ({ kind: 'junk', value })) },
    ),
    // fast-check keeps arrays short by default; games need length to get past the first quarters.
    { minLength: Math.floor(maxLength / 2), maxLength },
  );
}
