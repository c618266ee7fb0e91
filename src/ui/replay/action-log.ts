/**
 * The action log: every action of the game with who took it and what the rules said, the current one
 * marked; click one to jump to just after it. Only a window around the cursor is drawn (a game has
 * a thousand actions), with the quarter's report where a quarter ended.
 */
import { html, nothing } from 'lit-html';
import type { ReplayTimeline } from '../../app/replay-timeline';
import { quarterLabel } from '../../core';
import { companyName } from '../format';
import { describeMove } from '../panels/bot-moves';

const WINDOW = 12;

export function actionLog(timeline: ReplayTimeline, cursor: number, onPick: (cursor: number) => void) {
  const state = timeline.final;
  const from = Math.max(0, cursor - WINDOW);
  const to = Math.min(timeline.steps.length, cursor + WINDOW);
  const items = timeline.steps.slice(from, to);
  return html`<section class="panel action-log" aria-labelledby="action-log-heading">
    <h2 id="action-log-heading">Actions ${from + 1}–${to} of ${timeline.steps.length}</h2>
    <ol start=${from + 1}>
      ${items.map((s, i) => {
        const index = from + i;
        const current = index === cursor - 1;
        return html`<li class=${current ? 'current' : ''} aria-current=${current ? 'step' : nothing}>
          <button type="button" class="link-button" @click=${() => onPick(index + 1)}>
            ${quarterLabel(state.config, s.quarter)} · <strong>${companyName(state, s.action.seat)}</strong>
            ${describeMove(state, s.action)}
          </button>
          ${current && s.log.length > 0 ? html`<ul class="action-log__said">${s.log.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
          ${s.report ? html`<p class="action-log__report">${s.report.label} ended: ${s.report.headlines[0] ?? 'no headline'}</p>` : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}
