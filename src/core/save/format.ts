/**
 * A save is the setup plus the action log — small enough for a share link — with the state hash after
 * every quarter, so a replay can say exactly where it stopped matching. Saves are untrusted input: they
 * are validated here, and the level they name must be the same level, by content hash.
 */
import * as v from 'valibot';

export const SAVE_FORMAT = 'hyperscale-save';
export const SAVE_VERSION = 1;

const hash = v.pipe(v.string('must be text'), v.regex(/^[0-9a-f]{16}$/, 'must be a 16-digit hex hash'));
const whole = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be ≥ 0'),
);

export const SaveSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT, `must be "${SAVE_FORMAT}"`),
  version: v.literal(SAVE_VERSION, `must be ${SAVE_VERSION} (this game reads version ${SAVE_VERSION} saves)`),
  level: v.strictObject({ id: v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty')), hash }),
  seats: v.array(v.unknown(), 'must be a list of seats'), // checked by newGame
  seed: whole,
  actions: v.array(v.unknown(), 'must be a list of actions'), // each checked by step
  checkpoints: v.array(
    v.strictObject({ quarter: whole, afterAction: whole, hash }),
    'must be a list of quarter checkpoints',
  ),
});

export type Save = v.InferOutput<typeof SaveSchema>;

export type ParsedSave = { ok: true; save: Save } | { ok: false; message: string };

export function parseSave(input: unknown): ParsedSave {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, message: 'This file is not a Hyperscale save: a save is a JSON object.' };
  const parsed = v.safeParse(SaveSchema, input, { abortEarly: true });
  if (parsed.success) return { ok: true, save: parsed.output };
  const issue = parsed.issues[0];
  const path = (issue?.path ?? [])
    .map((item) => {
      const key = (item as { key: unknown }).key;
      return typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
    })
    .join('')
    .replace(/^\./, '');
  const unknownField = issue?.type === 'strict_object' && issue.expected === 'never';
  const missingField = issue?.type === 'strict_object' && issue.received === 'undefined';
  const message = unknownField
    ? 'is not a field of a save'
    : missingField
      ? 'is missing'
      : (issue?.message ?? 'is not valid');
  return {
    ok: false,
    message: path ? `This save's "${path}" ${message}.` : `This save is not valid: ${message}.`,
  };
}
