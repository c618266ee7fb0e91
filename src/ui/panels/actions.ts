/**
 * The viewer's actions: pick one, fill its form, read the rules' own preview (what it costs, when,
 * what it adds — the log `step` returns on the current state, or its refusal), then confirm. Nothing
 * here re-implements a rule: the preview is the rules run on a copy-free pure state.
 */
import { html, nothing } from 'lit-html';
import type { AppState } from '../../app/store';
import type { CompanyState, GameState } from '../../core';
import { formatMoney } from '../format';
import { tip } from '../help';
import type { View } from '../view';
import { viewerOf } from '../view';
import { ACTION_FORMS, type ActionForm, type FieldSpec, withDefaults } from './action-forms';

function field(spec: FieldSpec, value: string, problem: string | null, onInput: (v: string) => void) {
  const id = `action-${spec.key}`;
  const describedBy = [spec.hint ? `${id}-hint` : '', problem ? `${id}-problem` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>
    ${
      spec.type === 'select'
        ? html`<select id=${id} aria-describedby=${describedBy || nothing} @change=${(e: Event) => onInput((e.target as HTMLSelectElement).value)}>
          ${spec.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
        </select>`
        : html`<input
          id=${id}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          placeholder=${spec.placeholder ?? nothing}
          .value=${value}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />`
    }
    ${spec.hint ? html`<p class="hint" id=${`${id}-hint`}>${spec.hint}</p>` : nothing}
    ${problem ? html`<p class="problem" id=${`${id}-problem`}>${problem}</p>` : nothing}
  </div>`;
}

function cashLine(before: CompanyState, after: CompanyState | undefined) {
  if (!after || after.cashM === before.cashM) return nothing;
  const delta = after.cashM - before.cashM;
  return html`<p class="preview__figure">Cash now: ${formatMoney(before.cashM)} → ${formatMoney(after.cashM)}
    (${delta > 0 ? '+' : ''}${formatMoney(delta)})</p>`;
}

function formView(app: AppState, state: GameState, company: CompanyState, form: ActionForm) {
  const specs = form.fields(company, state);
  const typed = app.ui.actionDraft.kind === form.kind ? app.ui.actionDraft.fields : {};
  const fields = withDefaults(specs, typed);
  const built = form.build(company.id, fields);
  const touched =
    Object.keys(typed).length > 0 || specs.length === 0 || specs.every((s) => s.type === 'select');
  const problem = 'problem' in built && touched ? built : null;
  const preview = 'action' in built ? app.preview(built.action) : null;
  const set = (key: string) => (value: string) => app.editAction(form.kind, { ...fields, [key]: value });
  const confirm = (event: Event) => {
    event.preventDefault();
    if (!('action' in built)) return;
    const result = app.dispatch(built.action);
    if (result.ok) {
      app.editAction(form.kind, {});
      app.announce(result.log[0] ?? `${form.label}: done.`);
    }
  };
  const refused = preview && !preview.ok ? preview.error.message : null;
  return html`<form class="action-form" novalidate @submit=${confirm} aria-labelledby="action-form-title">
    <h3 id="action-form-title">${form.label}${form.major ? html` <span class="tag">uses attention</span>` : nothing}</h3>
    ${specs.map((spec) => field(spec, fields[spec.key] ?? '', problem?.field === spec.key ? problem.problem : null, set(spec.key)))}
    <div class="preview" aria-live="polite" id="action-preview">
      ${
        preview?.ok
          ? html`<h4>If you confirm</h4>
            <ul>${preview.log.map((line) => html`<li>${line}</li>`)}</ul>
            ${cashLine(company, preview.state.companies[company.id])}`
          : refused
            ? html`<p class="problem" id="action-refusal"><strong>Not possible now:</strong> ${refused}</p>`
            : html`<p class="hint">Fill in the form to see what it would do.</p>`
      }
    </div>
    <button
      type="submit"
      class="primary"
      ?disabled=${!preview?.ok}
      aria-describedby=${refused ? 'action-refusal' : nothing}
    >
      ${form.verb}
    </button>
  </form>`;
}

export const actionsPanel: View = (app) => {
  const state = app.game.state;
  const viewer = viewerOf(app);
  const company = viewer ? state?.companies[viewer] : undefined;
  if (!state || !company) return html``;
  const myTurn = state.seats[state.activeSeat]?.companyId === company.id;
  const forms = ACTION_FORMS.filter((f) => f.available(company, state));
  const selected = forms.find((f) => f.kind === app.ui.actionDraft.kind) ?? forms[0];
  const attentionLeft = state.config.actionsPerQuarter - state.attentionUsed;
  return html`<section class="panel actions" aria-labelledby="actions-heading">
    <h2 id="actions-heading">Your moves as ${company.name}</h2>
    ${
      myTurn
        ? html`<p class="hint">${tip('attention', 'Management attention')}: ${attentionLeft} of ${state.config.actionsPerQuarter} major actions left this quarter.</p>`
        : html`<p class="hint">It is not your turn: you can still answer proposals.</p>`
    }
    <div class="action-picker" role="group" aria-label="Choose an action">
      ${forms.map(
        (f) => html`<button
          type="button"
          aria-pressed=${f === selected ? 'true' : 'false'}
          data-action=${f.kind}
          @click=${() => app.editAction(f.kind, {})}
        >
          ${f.label}
        </button>`,
      )}
      <button type="button" data-action="deal/propose" @click=${() => app.openDialog('negotiate')}>Negotiate a deal…</button>
    </div>
    ${selected && myTurn ? formView(app, state, company, selected) : nothing}
  </section>`;
};
