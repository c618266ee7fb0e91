/**
 * Level select: one card per level with what a player and a teacher need to choose it — the briefing,
 * its length in quarters and minutes, who can be played, how hard it is, and what it teaches.
 */
import { html } from 'lit-html';
import type { LevelEntry } from '../../app/level-catalog';
import { quarterLabel } from '../../core';
import type { View } from '../view';

const roleName = { lab: 'AI lab', cloud: 'cloud giant' } as const;

function levelCard(entry: LevelEntry, choose: (id: string) => void) {
  const { level } = entry;
  const playable = level.companies.filter((c) => c.humanAllowed);
  const span = `${quarterLabel(level, 0)} – ${quarterLabel(level, level.quarters - 1)}`;
  const headingId = `level-${level.id}-title`;
  return html`<li class="level-card" aria-labelledby=${headingId}>
    <h2 id=${headingId}>${level.title}</h2>
    <dl class="level-card__facts">
      <div><dt>Length</dt><dd>${level.quarters} quarters (${span}), about ${entry.minutes} minutes</dd></div>
      <div><dt>Difficulty</dt><dd>${entry.difficulty}</dd></div>
      <div>
        <dt>You can play</dt>
        <dd>${playable.map((c) => `${c.name} (${roleName[c.role]})`).join(', ')}</dd>
      </div>
      <div>
        <dt>Seats</dt>
        <dd>${level.seats.min === level.seats.max ? level.seats.min : `${level.seats.min}–${level.seats.max}`}</dd>
      </div>
    </dl>
    <p class="level-card__briefing">${level.briefing}</p>
    <details>
      <summary>What it teaches</summary>
      <ul>
        ${level.lessonPlan.learningObjectives.map((o) => html`<li>${o}</li>`)}
      </ul>
      <p><strong>To win:</strong> ${level.objectives[0]?.text ?? ''}</p>
    </details>
    <button type="button" class="primary" @click=${() => choose(level.id)} aria-describedby=${headingId}>
      Choose ${level.title}
    </button>
  </li>`;
}

export const levelSelectScreen: View = (app) => {
  if (!app.catalog.entries && !app.catalog.error) void app.loadCatalog();
  return html`<section class="screen level-select" aria-labelledby="levels-heading">
    <header class="screen__head">
      <button type="button" @click=${() => app.showScreen('title')}>← Back</button>
      <h1 id="levels-heading">Choose a level</h1>
    </header>
    ${
      app.catalog.error
        ? html`<p class="problem" role="alert">${app.catalog.error}</p>`
        : app.catalog.entries
          ? html`<ul class="level-grid">
            ${app.catalog.entries.map((entry) => levelCard(entry, app.chooseLevel))}
          </ul>`
          : html`<p role="status">Loading the levels…</p>`
    }
  </section>`;
};
