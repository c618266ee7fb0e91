/** The chip market: each chip's price, performance, power, lead time, supply a quarter and the queue for it. */
import { html, nothing } from 'lit-html';
import type { GameState } from '../../core';
import { formatCount, formatMoney } from '../format';
import { tip } from '../help';
import type { View } from '../view';

/** Thousands of chips ordered and not yet delivered, by chip, for everyone. */
export function queuedK(state: GameState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const order of state.orders) out[order.chipId] = (out[order.chipId] ?? 0) + order.k - order.deliveredK;
  return out;
}

export const chipMarketPanel: View = (app) => {
  const state = app.game.state;
  if (!state) return html``;
  const queue = queuedK(state);
  return html`<section class="panel chip-market" aria-labelledby="chips-heading">
    <h2 id="chips-heading">${tip('chip-market', 'Chip market')}</h2>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="chips-heading">
      <table>
        <thead>
          <tr>
            <th scope="col">Chip</th>
            <th scope="col">Price per 1,000</th>
            <th scope="col">Performance</th>
            <th scope="col">Power</th>
            <th scope="col">${tip('lead-time', 'Lead time')}</th>
            <th scope="col">Supply a quarter</th>
            <th scope="col">Queued</th>
          </tr>
        </thead>
        <tbody>
          ${state.config.chips.map(
            (chip) => html`<tr>
              <th scope="row">${chip.name}${chip.inHouse ? html` <span class="tag">in-house</span>` : nothing}</th>
              <td>${formatMoney(chip.priceMPerK)}</td>
              <td>${formatCount(chip.computeTf)} TFLOPS</td>
              <td>${formatCount(chip.powerW)} W</td>
              <td>${chip.leadQuarters} q</td>
              <td>${formatCount(chip.supplyKPerQuarter * 1000)}</td>
              <td>${formatCount((queue[chip.id] ?? 0) * 1000)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
};
