/**
 * Both sides' cash and compute, quarter by quarter, from the rules' deal schedule (describeDeal): a
 * small bar chart per figure (one scale for both sides, so the two can be compared at a glance), a
 * sentence of totals, and the same numbers as a table for screen readers and anyone who wants them.
 */
import { html, nothing, svg } from 'lit-html';
import type { ScheduleRow, SideSummary } from '../../core';
import { formatCu, formatMoney } from '../format';

type Metric = 'cashM' | 'computeCu' | 'chipsK';

const METRICS: readonly { key: Metric; label: string; format: (n: number) => string }[] = [
  { key: 'cashM', label: 'Cash', format: (n) => formatMoney(n) },
  { key: 'computeCu', label: 'Compute', format: formatCu },
  { key: 'chipsK', label: 'Chips', format: (n) => `${n}k chips` },
];

const signed = (n: number, format: (n: number) => string) =>
  n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);

export const total = (rows: readonly ScheduleRow[], key: Metric): number =>
  rows.reduce((sum, r) => sum + r[key], 0);

/** The figures the deal moves for either side (chips only when it moves any). */
function metricsUsed(sides: readonly SideSummary[]) {
  return METRICS.filter(
    (m) => m.key !== 'chipsK' || sides.some((s) => s.schedule.some((r) => r.chipsK !== 0)),
  );
}

/** One sentence per side: what the deal adds or takes over its life. */
export function totalsSentence(side: SideSummary, metrics = METRICS): string {
  // A deal whose terms all start later (compute sold forward) is counted from its first busy quarter.
  const first = Math.max(
    0,
    side.schedule.findIndex((r) => r.cashM !== 0 || r.computeCu !== 0 || r.chipsK !== 0),
  );
  const span = side.schedule.length - first;
  const from = first > 0 ? ` from ${side.schedule[first]?.label ?? ''}` : '';
  const parts = metrics
    .filter((m) => m.key !== 'chipsK' || side.schedule.some((r) => r.chipsK !== 0))
    .map((m) => `${m.label.toLowerCase()} ${signed(total(side.schedule, m.key), m.format)}`);
  return `${side.name}: ${parts.join(', ')} over ${span} quarter${span === 1 ? '' : 's'}${from}.`;
}

const W = 240;
const H = 56;

function bars(rows: readonly ScheduleRow[], key: Metric, scale: number) {
  const slot = W / Math.max(1, rows.length);
  const width = Math.max(1, slot * 0.7);
  const mid = H / 2;
  return rows.map((row, i) => {
    const value = row[key];
    const height = scale > 0 ? (Math.abs(value) / scale) * (mid - 2) : 0;
    const y = value >= 0 ? mid - height : mid;
    // Colour is not the only carrier: bars above the line are received, below are paid or given.
    return svg`<rect x=${i * slot + (slot - width) / 2} y=${y} width=${width} height=${Math.max(value === 0 ? 0 : 1, height)}
      class=${value >= 0 ? 'bar bar--in' : 'bar bar--out'}></rect>`;
  });
}

function chart(side: SideSummary, metric: (typeof METRICS)[number], scale: number) {
  return html`<figure class="schedule__chart">
    <figcaption>${metric.label} <span class="hint">${signed(total(side.schedule, metric.key), metric.format)}</span></figcaption>
    <svg viewBox=${`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <line x1="0" x2=${W} y1=${H / 2} y2=${H / 2} class="axis"></line>
      ${bars(side.schedule, metric.key, scale)}
    </svg>
  </figure>`;
}

function table(side: SideSummary, metrics: typeof METRICS, idPrefix: string) {
  return html`<details class="schedule__table">
    <summary>Quarter by quarter for ${side.name}</summary>
    <div class="table-scroll">
      <table aria-describedby=${`${idPrefix}-totals`}>
        <thead>
          <tr><th scope="col">Quarter</th>${metrics.map((m) => html`<th scope="col">${m.label}</th>`)}</tr>
        </thead>
        <tbody>
          ${side.schedule.map(
            (row) =>
              html`<tr><th scope="row">${row.label}</th>${metrics.map((m) => html`<td>${signed(row[m.key], m.format)}</td>`)}</tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** Cash now and after the deal's own payments (other income and costs not counted). */
export function cashSentence(side: SideSummary, cashNowM: number): string {
  const after = cashNowM + total(side.schedule, 'cashM');
  return `Cash now ${formatMoney(cashNowM)}; ${formatMoney(after)} after this deal's payments alone.`;
}

/**
 * Both sides' schedules side by side; `idPrefix` keeps ids unique when several are on screen. `cashNowM`
 * gives companies' cash (partners have none to show).
 */
export function scheduleView(
  sides: readonly SideSummary[],
  idPrefix: string,
  cashNowM: Record<string, number> = {},
) {
  if (sides.length === 0) return nothing;
  const metrics = metricsUsed(sides);
  return html`<div class="schedule">
    ${sides.map((side, index) => {
      const id = `${idPrefix}-${index}`;
      return html`<section class="schedule__side" aria-labelledby=${`${id}-head`}>
        <h4 id=${`${id}-head`}>${side.name}</h4>
        <p class="schedule__totals" id=${`${id}-totals`}>
          ${totalsSentence(side, metrics)}
          ${cashNowM[side.party] !== undefined ? cashSentence(side, cashNowM[side.party] ?? 0) : nothing}
        </p>
        <div class="schedule__charts">
          ${metrics.map((m) => chart(side, m, Math.max(1, ...sides.flatMap((s) => s.schedule.map((r) => Math.abs(r[m.key]))))))}
        </div>
        ${table(side, metrics, id)}
      </section>`;
    })}
    <p class="hint schedule__key">Bars above the line: received; below: paid or given.</p>
  </div>`;
}
