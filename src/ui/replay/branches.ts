/**
 * The other timelines of this game (each take-over is a branch) and a comparison of two: each
 * company's figures at the end of both, and the action where they part.
 */
import { html, nothing } from 'lit-html';
import type { CompareRow } from '../../app/branches';
import type { ReplayTimeline } from '../../app/replay-timeline';
import { quarterLabel } from '../../core';
import { formatMoney } from '../format';
import type { View } from '../view';

function value(unit: CompareRow['figures'][number]['unit'], n: number): string {
  return unit === '$M' ? formatMoney(n) : `${n} points`;
}

function compareTable(rows: CompareRow[], otherName: string) {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Comparison of the two timelines">
    <table class="compare">
      <thead>
        <tr>
          <th scope="col">Company</th>
          <th scope="col">Figure</th>
          <th scope="col">This replay</th>
          <th scope="col">${otherName}</th>
          <th scope="col">Difference</th>
        </tr>
      </thead>
      <tbody>
        ${rows.flatMap((row) =>
          row.figures.map(
            (f, i) => html`<tr>
              ${i === 0 ? html`<th scope="rowgroup" rowspan=${row.figures.length}>${row.name}</th>` : nothing}
              <td>${f.label}</td>
              <td>${value(f.unit, f.a)}</td>
              <td>${value(f.unit, f.b)}</td>
              <td>${f.b === f.a ? 'same' : `${f.b > f.a ? '+' : '−'}${value(f.unit, Math.abs(f.b - f.a))}`}</td>
            </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}

export function branchesPanel(app: Parameters<View>[0], timeline: ReplayTimeline) {
  const { branches, compare } = app.replay;
  if (branches.length === 0 && !compare)
    return html`<section class="panel branches" aria-labelledby="branches-heading">
      <h2 id="branches-heading">Timelines</h2>
      <p class="hint">This game has one timeline. “Take over from here” starts another, and both can then be compared.</p>
    </section>`;
  return html`<section class="panel branches" aria-labelledby="branches-heading">
    <h2 id="branches-heading">Other timelines of this game</h2>
    <ul>
      ${branches.map(
        (b) => html`<li>
          <strong>${b.name}</strong>: parts from this one at action ${b.shared + 1}
          (${quarterLabel(timeline.final.config, b.partQuarter)}), ${b.actions} actions in all.
          <button type="button" @click=${() => void app.compareWith(b.slotId)} aria-pressed=${compare?.branch.slotId === b.slotId ? 'true' : 'false'}>
            Compare<span class="visually-hidden"> with ${b.name}</span>
          </button>
        </li>`,
      )}
    </ul>
    ${
      compare
        ? html`<h3>This replay and “${compare.branch.name}” at their ends</h3>
          <p>They share ${compare.branch.shared} actions and part at action ${compare.branch.shared + 1}, in
            ${quarterLabel(timeline.final.config, compare.branch.partQuarter)}: the board shows that moment.</p>
          ${compareTable(compare.rows, compare.branch.name)}
          <button type="button" @click=${() => void app.compareWith(null)}>Close the comparison</button>`
        : nothing
    }
  </section>`;
}
