/**
 * The valuation of every company, quarter by quarter, under the timeline (as lichess draws its
 * evaluation graph under the board): click a quarter to jump there. An SVG drawn from the rules'
 * recorded figures; a text summary names each line's first and last value for screen readers.
 */
import { html, nothing, svg } from 'lit-html';
import type { FigureHistory } from '../../app/figures';
import { type GameState, quarterLabel } from '../../core';
import { formatMoney } from '../format';

const WIDTH = 640;
const HEIGHT = 150;
const PAD = { left: 8, right: 8, top: 8, bottom: 14 };
/** Distinct hues with dashes as a second cue, so colour is never the only way to tell lines apart. */
export const SERIES_STYLES = [
  { colour: '#4fd1ff', dash: '' },
  { colour: '#ffc857', dash: '6 3' },
  { colour: '#6ee7a8', dash: '2 3' },
  { colour: '#ff8a8a', dash: '10 3 2 3' },
  { colour: '#c4a7ff', dash: '1 4' },
  { colour: '#ffffff', dash: '12 4' },
] as const;

export function valuationChart(
  state: GameState,
  figures: FigureHistory,
  quarters: number,
  currentQuarter: number,
  onPick: (quarter: number) => void,
) {
  const ids = Object.keys(figures);
  const max = Math.max(1, ...ids.flatMap((id) => (figures[id] ?? []).map((p) => p.valuationM)));
  const x = (quarter: number) =>
    PAD.left + ((quarter + 1) / Math.max(1, quarters)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / max) * (HEIGHT - PAD.top - PAD.bottom);
  const bandWidth = (WIDTH - PAD.left - PAD.right) / Math.max(1, quarters);
  const summary = ids
    .map((id) => {
      const points = figures[id] ?? [];
      const first = points[0];
      const last = points[points.length - 1];
      return first && last
        ? `${state.companies[id]?.name ?? id} from ${formatMoney(first.valuationM)} to ${formatMoney(last.valuationM)}`
        : '';
    })
    .filter(Boolean)
    .join('; ');
  return html`<figure class="valuation-chart">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${`Valuations so far: ${summary || 'none yet'}.`} preserveAspectRatio="none">
      ${Array.from(
        { length: quarters },
        (_, q) =>
          svg`<rect class=${q === currentQuarter ? 'band band--current' : 'band'} x=${PAD.left + q * bandWidth} y="0" width=${bandWidth} height=${HEIGHT}
          @click=${() => onPick(q)}><title>${quarterLabel(state.config, q)}</title></rect>`,
      )}
      ${ids.map((id, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];
        const points = (figures[id] ?? [])
          .map((p) => `${x(p.quarter).toFixed(1)},${y(p.valuationM).toFixed(1)}`)
          .join(' ');
        return svg`<polyline points=${points} fill="none" stroke=${style.colour} stroke-width="2" stroke-dasharray=${style.dash || nothing} vector-effect="non-scaling-stroke" pointer-events="none" />`;
      })}
    </svg>
    <figcaption class="chart-legend">
      ${ids.map((id, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];
        return html`<span class="chart-legend__item"
          ><svg width="26" height="8" aria-hidden="true"><line x1="0" y1="4" x2="26" y2="4" stroke=${style.colour} stroke-width="2" stroke-dasharray=${style.dash || nothing} /></svg
          >${state.companies[id]?.name ?? id}</span
        >`;
      })}
      <span class="hint">Click a quarter to jump there.</span>
    </figcaption>
  </figure>`;
}
