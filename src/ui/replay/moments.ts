/**
 * Key moments in the replay viewer: a button that weighs the person's decisions in the background
 * (with progress), then the marked ones — the largest gains and losses — each a jump, and what the
 * figure means and does not mean, in two sentences.
 */
import { html, nothing } from 'lit-html';
import { KEY_MOMENT_HORIZON_QUARTERS, markedMoments } from '../../app/moments';
import type { ReplayTimeline } from '../../app/replay-timeline';

import { formatMoney } from '../format';
import { describeMove } from '../panels/bot-moves';
import type { View } from '../view';

export function momentsPanel(app: Parameters<View>[0], timeline: ReplayTimeline) {
  const people = timeline.final.seats.filter((s) => s.controller.kind === 'human');
  const view = app.replay.moments;
  if (people.length === 0) return html`${nothing}`;
  const state = timeline.final;
  const marked = markedMoments(view.moments);
  return html`<section class="panel moments" aria-labelledby="moments-heading">
    <h2 id="moments-heading">Key moments</h2>
    <p class="hint">
      For each decision, the computer plays on for ${KEY_MOMENT_HORIZON_QUARTERS} quarters from just before it and from
      just after it; the difference in the company’s value is the decision’s weight. It is a what-if with the computer
      at the wheel, not a verdict: a person would have played on differently.
    </p>
    ${
      view.status === 'running'
        ? html`<p role="status">Weighing decisions… ${view.done} of ${view.total || '?'}</p>
          <progress max=${view.total || 1} .value=${view.done} aria-label="Key moments computed"></progress>`
        : html`<div class="button-row">
          ${people.map(
            (seat) => html`<button type="button" @click=${() => void app.findKeyMoments(seat.companyId)}>
              Find ${state.companies[seat.companyId]?.name ?? seat.companyId}’s key moments
            </button>`,
          )}
        </div>`
    }
    ${view.status === 'failed' ? html`<p class="problem">${view.message}</p>` : nothing}
    ${
      view.status === 'done'
        ? marked.length === 0
          ? html`<p>No decision moved the value by 2% or more: these choices mattered less than the market’s own moves.</p>`
          : html`<ol class="moment-list">
            ${marked.map((m) => {
              const action = timeline.steps[m.actionIndex]?.action;
              return html`<li class=${m.deltaM > 0 ? 'moment moment--gain' : 'moment moment--loss'}>
                <button type="button" class="link-button" @click=${() => app.seek(m.actionIndex + 1)}>
                  <span aria-hidden="true">${m.deltaM > 0 ? '▲' : '▼'}</span>
                  ${m.label}: ${action ? describeMove(state, action) : m.type} —
                  ${m.deltaM > 0 ? 'gained' : 'lost'} ${formatMoney(Math.abs(m.deltaM))}
                </button>
              </li>`;
            })}
          </ol>
          <p class="hint">M jumps to the next key moment, Shift+M to the previous.</p>`
        : nothing
    }
  </section>`;
}
