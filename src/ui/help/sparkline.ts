/**
 * A small inline line chart of one figure over the quarters. The picture is for the eye; the accessible
 * name says the same thing in words (first and last value, the direction, the range), and the shape —
 * not a colour — carries the direction.
 */
import { html, type TemplateResult } from 'lit-html';
import { formatCount, formatMoney } from '../../core/report';
import { formatCu } from '../format';

const WIDTH = 48;
const HEIGHT = 16;
const PAD = 2;

export type Formatter = (value: number) => string;

/**
 * The panels pass a label such as "OpenAI cash"; the unit follows from the figure it names, so a
 * screen reader hears "$20B", not "20000".
 */
export function formatterFor(label: string): Formatter {
  const l = label.toLowerCase();
  if (/cash|revenue|valuation|capex|debt/.test(l)) return formatMoney;
  if (/compute|capacity/.test(l)) return formatCu;
  if (/capability/.test(l)) return (v) => `${formatCount(v)} points`;
  return formatCount;
}

export function sparklineLabel(
  values: readonly number[],
  label: string,
  format = formatterFor(label),
): string {
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return `${label}: no figures yet`;
  if (values.length === 1) return `${label}: ${format(first)}`;
  const direction = last > first ? 'up' : last < first ? 'down' : 'unchanged';
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = low === high ? '' : `; lowest ${format(low)}, highest ${format(high)}`;
  // n points span n − 1 quarters of change (the first is where the line starts).
  const span = values.length - 1;
  return `${label} over ${span} quarter${span === 1 ? '' : 's'}: ${direction}, from ${format(first)} to ${format(last)}${range}`;
}

/** The polyline's points in the chart's box; a flat series sits in the middle. */
export function sparklinePoints(values: readonly number[], width = WIDTH, height = HEIGHT): string {
  if (values.length === 0) return '';
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = PAD + i * step;
      const y = span === 0 ? height / 2 : PAD + (1 - (v - low) / span) * (height - 2 * PAD);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkline(values: number[], label: string, format?: Formatter): TemplateResult {
  const points = sparklinePoints(values);
  const last = points.split(' ').pop()?.split(',') ?? ['0', '0'];
  // `html`, not `svg`: an <svg> element is itself HTML content (lit's `svg` is for fragments inside one).
  return html`<svg
    class="sparkline"
    role="img"
    aria-label=${sparklineLabel(values, label, format)}
    viewBox=${`0 0 ${WIDTH} ${HEIGHT}`}
    width=${WIDTH}
    height=${HEIGHT}
    focusable="false"
  >
    <polyline points=${points} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    <circle cx=${last[0] ?? 0} cy=${last[1] ?? 0} r="2" fill="currentColor" />
  </svg>`;
}
