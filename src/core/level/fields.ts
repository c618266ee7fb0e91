/** Field builders shared by the level schemas, each with the sentence a teacher reads when it fails. */
import * as v from 'valibot';

export const wholeAtLeast = (min: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer(`must be a whole number ≥ ${min}`),
    v.minValue(min, `must be a whole number ≥ ${min}`),
  );

export const wholeBetween = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer(`must be a whole number between ${min} and ${max}`),
    v.minValue(min, `must be a whole number between ${min} and ${max}`),
    v.maxValue(max, `must be a whole number between ${min} and ${max}`),
  );

export const text = (what: string) =>
  v.pipe(v.string(`must be text (${what})`), v.minLength(1, `must not be empty (${what})`));

export const identifier = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short id: lower-case letters, digits and dashes'),
);
