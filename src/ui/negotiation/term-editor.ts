/**
 * One term in the composer: a fieldset with a labelled input per field, the rules' words for what it
 * binds, a sentence beside any field that does not parse, and a remove button. Plus the add-term
 * control each column has (a select of every term kind and an Add button).
 */
import { html, nothing } from 'lit-html';
import type { GameState } from '../../core';
import type { TermKind } from '../../core/deals/terms';
import { companyName } from '../format';
import { fieldKey } from './convert';
import type { Giver, TermDraft } from './draft';
import { type FieldSpec, specOf, TERM_SPECS, type TermContext } from './term-specs';

export const termElementId = (termId: number, key: string) => `neg-t${termId}-${key}`;

interface EditorHandlers {
  edit: (termId: number, key: string, value: string) => void;
  remove: (termId: number) => void;
}

function fieldView(
  term: TermDraft,
  field: FieldSpec,
  ctx: TermContext,
  problem: string | undefined,
  on: EditorHandlers,
) {
  const id = termElementId(term.id, field.key);
  const value = term.fields[field.key] ?? '';
  const problemId = `${id}-problem`;
  const onInput = (event: Event) =>
    on.edit(term.id, field.key, (event.target as HTMLInputElement | HTMLSelectElement).value);
  const control =
    field.type === 'select'
      ? (() => {
          const options = field.options(ctx);
          return html`<select id=${id} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? problemId : nothing} @change=${onInput}>
            ${options.length === 0 ? html`<option value="">None available</option>` : nothing}
            ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
          </select>`;
        })()
      : html`<input
          id=${id}
          type="text"
          inputmode=${field.type === 'percent' ? 'decimal' : 'numeric'}
          autocomplete="off"
          .value=${value}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? problemId : nothing}
          @input=${onInput}
        />`;
  return html`<div class="field">
    <label for=${id}>${field.label}</label>
    ${control}
    ${problem ? html`<p class="problem" id=${problemId}>${problem}</p>` : nothing}
  </div>`;
}

export function termEditor(
  state: GameState,
  term: TermDraft,
  ctx: TermContext,
  problems: Record<string, string>,
  on: EditorHandlers,
) {
  const spec = specOf(term.kind);
  const giverName = companyName(state, ctx.giver);
  const receiverName = companyName(state, ctx.receiver);
  const legendId = `neg-t${term.id}-legend`;
  return html`<fieldset class="term" aria-describedby=${`neg-t${term.id}-explain`}>
    <legend id=${legendId}>${spec.label}</legend>
    <p class="hint" id=${`neg-t${term.id}-explain`}>${spec.explain(giverName, receiverName)}</p>
    <div class="term__fields">
      ${spec.fields.map((f) => fieldView(term, f, ctx, problems[fieldKey(term.id, f.key)], on))}
    </div>
    <button type="button" class="term__remove" aria-label=${`Remove ${spec.label.toLowerCase()} (${giverName} gives)`} @click=${() => on.remove(term.id)}>
      Remove
    </button>
  </fieldset>`;
}

/** The add-term control of one column. */
export function addTermControl(giver: Giver, onAdd: (kind: TermKind, giver: Giver) => void) {
  const id = `neg-add-${giver}`;
  const add = () => {
    const select = document.getElementById(id);
    if (select instanceof HTMLSelectElement) onAdd(select.value as TermKind, giver);
  };
  return html`<div class="term-add">
    <label for=${id}>${giver === 'viewer' ? 'Add a term you give' : 'Add a term you get'}</label>
    <div class="term-add__row">
      <select id=${id}>
        ${TERM_SPECS.map((s) => html`<option value=${s.kind}>${s.label}</option>`)}
      </select>
      <button type="button" aria-label=${giver === 'viewer' ? 'Add the term you give' : 'Add the term you get'} @click=${add}>Add</button>
    </div>
  </div>`;
}
