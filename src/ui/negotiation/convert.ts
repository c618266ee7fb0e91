/**
 * Draft ↔ terms. Everything typed is untrusted: each field is parsed (parse-input.ts) into the rules'
 * units ($M, bp, CU) and gets a sentence of its own when it is not a valid number; the finished term is
 * checked against the rules' own schema, so nothing the rules could not read is ever dispatched.
 */
import * as v from 'valibot';
import { type GameState, type Term, TermSchema } from '../../core';
import { termParties } from '../../core/deals/terms';
import { parsePercentBp, parseWhole } from '../parse-input';
import type { Draft, Giver, TermDraft } from './draft';
import { type FieldSpec, specOf, type TermContext } from './term-specs';

export type Conversion =
  | { ok: true; terms: Term[] }
  | {
      ok: false;
      /** Sentences for beside the fields, by fieldKey(term id, field key). */
      problems: Record<string, string>;
      /** One sentence for the whole draft: the first problem. */
      summary: string;
      /** The terms that did parse, so the schedule keeps drawing while one field is being fixed. */
      partial: Term[];
    };

export const fieldKey = (termId: number, key: string): string => `${termId}.${key}`;

/** The giver and receiver of a drafted term, by company id. */
export function partiesOf(viewer: string, to: string, giver: Giver): { giver: string; receiver: string } {
  return giver === 'viewer' ? { giver: viewer, receiver: to } : { giver: to, receiver: viewer };
}

const bpText = (bp: number): string => String(bp / 100);

function parseField(
  field: FieldSpec,
  text: string,
  ctx: TermContext,
): { ok: true; value: string | number } | { ok: false; problem: string } {
  switch (field.type) {
    case 'whole':
      return parseWhole(text, field.what, field.min, field.max);
    case 'percent': {
      const parsed = parsePercentBp(text, field.what);
      if (!parsed.ok) return parsed;
      if (parsed.value < field.minBp || parsed.value > field.maxBp)
        return {
          ok: false,
          problem: `${capitalise(field.what)} must be from ${bpText(field.minBp)}% to ${bpText(field.maxBp)}%.`,
        };
      return parsed;
    }
    case 'select': {
      const options = field.options(ctx);
      if (options.length === 0) return { ok: false, problem: field.empty(ctx) };
      if (!options.some((o) => o.value === text)) return { ok: false, problem: `Choose ${field.what}.` };
      // Data centers are numbered; every other choice is an id.
      return { ok: true, value: field.key === 'dataCenterId' ? Number(text) : text };
    }
  }
}

export function draftToTerms(state: GameState, viewer: string, draft: Draft): Conversion {
  const to = draft.to;
  if (!to) return { ok: false, problems: {}, summary: 'Choose who the deal is with.', partial: [] };
  if (draft.terms.length === 0)
    return {
      ok: false,
      problems: {},
      summary: 'Add at least one term to what you give or what you get.',
      partial: [],
    };
  if (draft.terms.length > 8)
    return { ok: false, problems: {}, summary: 'A deal holds at most 8 terms.', partial: [] };
  const problems: Record<string, string> = {};
  const terms: Term[] = [];
  for (const term of draft.terms) {
    const spec = specOf(term.kind);
    const { giver, receiver } = partiesOf(viewer, to, term.giver);
    const ctx: TermContext = { state, giver, receiver };
    const raw: Record<string, string | number> = {
      kind: term.kind,
      [spec.roles[0]]: giver,
      [spec.roles[1]]: receiver,
    };
    let valid = true;
    for (const field of spec.fields) {
      const text = term.fields[field.key] ?? '';
      // An optional field left empty is not set (a commitment that starts now).
      if (field.type === 'whole' && field.omitWhen !== undefined && text.trim() === '') continue;
      const parsed = parseField(field, text, ctx);
      if (parsed.ok) {
        if (field.type !== 'whole' || parsed.value !== field.omitWhen) raw[field.key] = parsed.value;
      } else {
        problems[fieldKey(term.id, field.key)] = parsed.problem;
        valid = false;
      }
    }
    if (!valid) continue;
    const checked = v.safeParse(TermSchema, raw);
    if (checked.success) terms.push(checked.output);
    else
      problems[fieldKey(term.id, spec.fields[0]?.key ?? 'kind')] =
        `${spec.label}: ${checked.issues[0].message}.`;
  }
  const first = Object.values(problems)[0];
  return first ? { ok: false, problems, summary: first, partial: terms } : { ok: true, terms };
}

/** Terms back into a draft (a counter to edit, or the bot's price), from the viewer's side. */
export function termsToDrafts(viewer: string, terms: readonly Term[]): Omit<TermDraft, 'id'>[] {
  return terms.map((term) => {
    const spec = specOf(term.kind);
    const values = term as unknown as Record<string, string | number>;
    const fields: Record<string, string> = {};
    for (const field of spec.fields) {
      const value = values[field.key];
      const absent = field.type === 'whole' ? field.omitWhen : undefined;
      fields[field.key] =
        field.type === 'percent' && typeof value === 'number' ? bpText(value) : String(value ?? absent ?? '');
    }
    return { kind: term.kind, giver: termParties(term)[0] === viewer ? 'viewer' : 'other', fields };
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
