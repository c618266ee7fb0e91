/**
 * Seat setup: for each company a person (named) or a bot (with a personality), or nobody where the
 * level allows fewer seats; the seed shown and editable. Defaults make "Play" one click. Nothing typed
 * here reaches the rules until `checkSetup` finds it clean; each problem is said beside its field.
 */
import { html, nothing } from 'lit-html';
import { checkSetup, freshSeed, type SeatChoice, type SeatKind, seatField } from '../../app/seat-setup';
import { BOT_PERSONALITIES } from '../../core';
import type { View } from '../view';

export const PERSONALITY_BLURB = {
  builder: 'spends ahead of demand: big sites, deep chip queues, debt',
  financier: 'keeps a year of cash, never borrows, demands a margin on deals',
  dealmaker: 'grows through contracts, counters rather than refuses',
} as const;

export const seatSetupScreen: View = (app, store) => {
  const draft = app.setup.draft;
  const entry = app.catalog.entries?.find((e) => e.level.id === draft?.levelId);
  if (!draft || !entry) {
    return html`<section class="screen"><p>Choose a level first.</p>
      <button type="button" @click=${() => app.showScreen('levels')}>Choose a level</button></section>`;
  }
  const { level } = entry;
  const problems = app.setup.problems;
  const update = (i: number, patch: Partial<SeatChoice>) => {
    const current = store.getState().setup.draft;
    if (!current) return;
    const seats = current.seats.map((s, j) => (j === i ? { ...s, ...patch } : s));
    app.editSetup({ ...current, seats });
  };
  const problem = (key: string) =>
    problems[key] ? html`<p class="problem" id=${`${key}-problem`}>${problems[key]}</p>` : nothing;

  const play = (event: Event) => {
    event.preventDefault();
    const current = store.getState().setup.draft;
    if (!current) return;
    const checked = checkSetup(current, level);
    if (!checked.ok) {
      app.setSetupProblems(checked.problems);
      app.announce(Object.values(checked.problems)[0] ?? 'Check the seats.');
      return;
    }
    app.setSetupProblems({});
    const refusal = app.startGame({
      levelId: level.id,
      level: entry.raw,
      seats: checked.seats,
      seed: checked.seed,
    });
    if (refusal) app.setSetupProblems({ seats: refusal });
  };

  const seatRow = (choice: SeatChoice, i: number) => {
    const kindId = seatField(i, 'kind');
    const nameId = seatField(i, 'name');
    const kinds: [SeatKind, string][] = [
      ...(choice.humanAllowed ? ([['human', 'A person']] as [SeatKind, string][]) : []),
      ['bot', 'A bot'],
      ...(level.seats.min < level.companies.length ? ([['empty', 'Nobody']] as [SeatKind, string][]) : []),
    ];
    return html`<fieldset class="seat">
      <legend>${choice.companyName}
        <span class="seat__role">${level.companies[i]?.role === 'lab' ? 'AI lab' : 'cloud giant'}</span></legend>
      <label for=${kindId}>Played by</label>
      <select
        id=${kindId}
        .value=${choice.kind}
        aria-describedby=${problems[kindId] ? `${kindId}-problem` : nothing}
        @change=${(e: Event) => update(i, { kind: (e.target as HTMLSelectElement).value as SeatKind })}
      >
        ${kinds.map(([value, label]) => html`<option value=${value} ?selected=${choice.kind === value}>${label}</option>`)}
      </select>
      ${problem(kindId)}
      ${
        choice.kind === 'human'
          ? html`<label for=${nameId}>Name</label>
            <input
              id=${nameId}
              type="text"
              autocomplete="off"
              maxlength="60"
              .value=${choice.name}
              aria-invalid=${problems[nameId] ? 'true' : 'false'}
              aria-describedby=${problems[nameId] ? `${nameId}-problem` : nothing}
              @input=${(e: Event) => update(i, { name: (e.target as HTMLInputElement).value })}
            />
            ${problem(nameId)}`
          : choice.kind === 'bot'
            ? html`<label for=${`seat-${i}-bot`}>Personality</label>
              <select
                id=${`seat-${i}-bot`}
                @change=${(e: Event) =>
                  update(i, {
                    personality: (e.target as HTMLSelectElement).value as SeatChoice['personality'],
                  })}
              >
                ${BOT_PERSONALITIES.map(
                  (p) =>
                    html`<option value=${p} ?selected=${choice.personality === p}>${p} — ${PERSONALITY_BLURB[p]}</option>`,
                )}
              </select>`
            : nothing
      }
    </fieldset>`;
  };

  return html`<section class="screen seat-setup" aria-labelledby="setup-heading">
    <header class="screen__head">
      <button type="button" @click=${() => app.showScreen('levels')}>← Levels</button>
      <h1 id="setup-heading">${level.title}: who plays?</h1>
    </header>
    <form class="seat-setup__form" novalidate @submit=${play}>
      <div class="seat-grid">${draft.seats.map(seatRow)}</div>
      ${problem('seats')}
      <div class="seat-setup__seed">
        <label for="seed">Seed</label>
        <input
          id="seed"
          inputmode="numeric"
          autocomplete="off"
          .value=${draft.seed}
          aria-invalid=${problems.seed ? 'true' : 'false'}
          aria-describedby=${problems.seed ? 'seed-problem seed-help' : 'seed-help'}
          @input=${(e: Event) => {
            const current = store.getState().setup.draft;
            if (current) app.editSetup({ ...current, seed: (e.target as HTMLInputElement).value });
          }}
        />
        <button
          type="button"
          @click=${() => {
            const current = store.getState().setup.draft;
            if (current) app.editSetup({ ...current, seed: String(freshSeed()) });
          }}
        >
          New seed
        </button>
        <p id="seed-help" class="hint">
          The same seed gives the same events and draws: groups that type the same seed differ only by their decisions.
        </p>
        ${problem('seed')}
      </div>
      <button type="submit" class="primary play">Play</button>
    </form>
  </section>`;
};
