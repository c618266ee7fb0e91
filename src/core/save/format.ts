/**
 * A save is the setup plus the action log — small enough for a share link — with the state hash after
 * every quarter, so a replay can say exactly where it stopped matching. Saves are untrusted input: they
 * are validated here, and the level they name must be the same level, by content hash.
 *
 * Version 2 records the rules version the game was played under and the hash of the starting state and
 * of each seat, so a save from other rules, or with a seat changed, is refused with what differs.
 * Version 1 saves load through `migrateV1`.
 */
import * as v from 'valibot';
import { clip } from '../quote';

export const SAVE_FORMAT = 'hyperscale-save';
export const SAVE_VERSION = 2;
/**
 * The rules' version, recorded in every save. Bump it with any rule change that alters outcomes (the
 * golden replays then change too): a save recorded under other rules would not replay.
 */
// 2: the economy of owners' value, priced rounds, covenants, the equity window, fines and bargaining bots
// (2026-12); every version 1 save was recorded under rules 1 and would not replay under these.
// 3: partners' programmes — Nvidia's staged letter of intent, AMD's warrant — offer deals each quarter
// and limit Nvidia's investment to the tranches unlocked (2026-12).
// 4: clouds with a real business — the existing business needs data-center power to grow, spot demand
// moves with sentiment, take-or-pay opens at the reserved price, lobbying cannot offset a dominant
// share — together with 3's programmes (2026-12; 3 was never released on its own).
// 5: a scare can shut the equity window for a stated number of quarters whatever sentiment does (the
// equityWindowShut effect), and bots plan no round while the window is shut (2026-12).
// 6: the sandbox's AI run-rate objective for clouds and the bots' listing held for the IPO bar (2026-12).
// 7: take-or-pay payments due in the next year beyond a year's revenue cut the valuation (the market
// weighs commitments as fixed charges), and the $1.4T level's partner clouds sell capacity at the
// sources' scale (2026-12).
// 8: compute sold forward — a commitment may start up to 16 quarters after signing, sold against the
// capacity the provider's sites and the free grid power could run by then — and Oracle's $300B contract
// offered on its level as a source deal (2026-12).
// 9: a chipmaker's chips deployed for a lab (Nvidia's letter, AMD's warrant) count the lab's share of
// what its compute providers run for it under commitments, and a cloud partner may state the chip its
// capacity runs on (`fleet`; Oracle's and Azure's on the $1.4T level) (2026-12).
// 10: the listing is priced as an equity round of the float's proceeds (its size, the last year's rounds,
// a market below neutral, shrinking revenue), and the IPO objective is judged at that price (2026-12).
export const RULES_VERSION = 10;

const MAX_ACTIONS = 200_000;
const MAX_QUARTERS = 1000;
const MAX_SEATS = 16;

const hash = v.pipe(v.string('must be text'), v.regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex hash'));
const whole = (max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(0, 'must be ≥ 0'),
    v.maxValue(max, `must be at most ${max}`),
  );
const level = v.strictObject({
  id: v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(40, 'must be a level id (at most 40 characters)'),
  ),
  hash,
});
const seats = v.pipe(
  v.array(v.unknown(), 'must be a list of seats'), // each checked by newGame
  v.maxLength(MAX_SEATS, `must hold at most ${MAX_SEATS} seats`),
);
const actions = v.pipe(
  v.array(v.unknown(), 'must be a list of actions'), // each checked by step
  v.maxLength(MAX_ACTIONS, `must hold at most ${MAX_ACTIONS} actions`),
);
const checkpoints = v.pipe(
  v.array(
    v.strictObject({ quarter: whole(MAX_QUARTERS), afterAction: whole(MAX_ACTIONS), hash }),
    'must be a list of quarter checkpoints',
  ),
  v.maxLength(MAX_QUARTERS, `must hold at most ${MAX_QUARTERS} checkpoints`),
);

const SaveV1Schema = v.strictObject({
  format: v.literal(SAVE_FORMAT, `must be "${SAVE_FORMAT}"`),
  version: v.literal(1),
  level,
  seats,
  seed: whole(0xffffffff),
  actions,
  checkpoints,
});

export const SaveSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT, `must be "${SAVE_FORMAT}"`),
  version: v.literal(SAVE_VERSION),
  rules: v.pipe(whole(1_000_000), v.minValue(1, 'must be at least 1')),
  /** The build that recorded it (information only; absent in saves made before it was recorded). */
  game: v.optional(
    v.pipe(v.string('must be text'), v.regex(/^[0-9A-Za-z.+-]{1,32}$/, 'must be a version such as 0.2.0')),
  ),
  level,
  seats,
  seed: whole(0xffffffff),
  /** The state hash when the game began, and each seat's hash, to say what differs when they do not match. */
  start: v.strictObject({
    hash,
    seats: v.pipe(v.array(hash, 'must be a list of hashes'), v.maxLength(MAX_SEATS)),
  }),
  actions,
  checkpoints,
});

/** A save as the game reads it: the current version; `start` is null for a migrated version 1 save. */
export type Save = Omit<v.InferOutput<typeof SaveSchema>, 'start'> & {
  start: v.InferOutput<typeof SaveSchema>['start'] | null;
};

/** Version 1 had no rules version (every version 1 save was recorded under rules 1) and no start hashes. */
function migrateV1(save: v.InferOutput<typeof SaveV1Schema>): Save {
  return { ...save, version: SAVE_VERSION, rules: 1, start: null };
}

export type ParsedSave = { ok: true; save: Save } | { ok: false; message: string };

export function parseSave(input: unknown): ParsedSave {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, message: 'This file is not a Hyperscale save: a save is a JSON object.' };
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format === SAVE_FORMAT && typeof version === 'number' && version !== 1 && version !== SAVE_VERSION)
    return {
      ok: false,
      message:
        version > SAVE_VERSION
          ? `This save is format version ${clip(String(version))}, newer than this game reads (versions 1 to ${SAVE_VERSION}): update the game to open it.`
          : `This save's "version" must be 1 to ${SAVE_VERSION}.`,
    };
  if (format === SAVE_FORMAT && version === 1) {
    const old = v.safeParse(SaveV1Schema, input, { abortEarly: true });
    return old.success ? { ok: true, save: migrateV1(old.output) } : refusal(old.issues[0]);
  }
  const parsed = v.safeParse(SaveSchema, input, { abortEarly: true });
  return parsed.success ? { ok: true, save: parsed.output } : refusal(parsed.issues[0]);
}

function refusal(issue: v.BaseIssue<unknown> | undefined): { ok: false; message: string } {
  const path = (issue?.path ?? [])
    .map((item) => {
      const key = (item as { key: unknown }).key;
      // A field name can come from the file too: bounded, on one line.
      return typeof key === 'number' ? `[${key}]` : `.${clip(String(key))}`;
    })
    .join('')
    .replace(/^\./, '');
  const unknownField = issue?.type === 'strict_object' && issue.expected === 'never';
  const missingField = issue?.type === 'strict_object' && issue.received === 'undefined';
  const message = unknownField
    ? 'is not a field of a save'
    : missingField
      ? 'is missing'
      : issue?.type === 'literal' && path === 'version'
        ? `must be 1 to ${SAVE_VERSION}`
        : (issue?.message ?? 'is not valid');
  return {
    ok: false,
    message: path ? `This save's "${path}" ${message}.` : `This save is not valid: ${message}.`,
  };
}
