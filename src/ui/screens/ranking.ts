/**
 * The final ranking: who finished where, which objectives each met, and the figures that decided
 * the order (objectives first, then the level's tie-break), with a way to play again.
 */
import { html, nothing } from 'lit-html';
import {
  type CompanyState,
  type GameState,
  objectivesFor,
  quarterLabel,
  type RankingEntry,
} from '../../core';
import { formatMoney, latestRevenueM, statusName } from '../format';
import { keepGamePanel } from '../panels/keep-game';
import type { View } from '../view';

/** Each objective that applies to the company: met (and when) or not, so a miss is as plain as a win. */
function objectiveList(state: GameState, c: CompanyState) {
  return html`<ul class="objective-list">
    ${objectivesFor(state, c).map((o) => {
      const quarter = c.objectivesMet[o.id];
      return quarter === undefined
        ? html`<li class="objective objective--missed"><span aria-hidden="true">✗</span> Not met: ${o.text}</li>`
        : html`<li class="objective objective--met">
            <span aria-hidden="true">✓</span> Met in ${quarterLabel(state.config, quarter)}: ${o.text}
          </li>`;
    })}
  </ul>`;
}

function tieBreak(state: GameState, entry: RankingEntry): string {
  const owners = `owners’ value ${formatMoney(entry.ownersValueM)}`;
  return state.config.rankingMetric === 'valuationGrowth'
    ? `${owners}: ${(entry.ownersGrowthBp / 10000).toFixed(2)}× the starting valuation`
    : `${owners} (company valued at ${formatMoney(entry.valuationM)})`;
}

export const rankingScreen: View = (app, store) => {
  const state = app.game.state;
  const ranking = state?.ranking;
  if (!state || !ranking)
    return html`<section class="screen"><p>No finished game to show.</p>
      <button type="button" @click=${() => app.showScreen('title')}>Title</button></section>`;
  const replay = () => {
    const setup = app.game.setup;
    if (setup) app.startGame(setup);
  };
  return html`<section class="screen ranking" aria-labelledby="ranking-heading">
    <h1 id="ranking-heading">${state.config.title}: final ranking</h1>
    <p>
      Ranked by objectives met, then by
      ${
        state.config.rankingMetric === 'valuationGrowth'
          ? 'the owners’ value as a multiple of the starting valuation'
          : 'the owners’ value'
      }:
      what the starting shareholders still hold, after every new share diluted them.
    </p>
    <div class="table-scroll" tabindex="0" role="region" aria-label="Final ranking">
      <table class="ranking-table">
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Company</th>
            <th scope="col">Played by</th>
            <th scope="col">Objectives met</th>
            <th scope="col">Decided by</th>
            <th scope="col">Revenue run-rate</th>
            <th scope="col">Cash</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          ${ranking.map((entry) => {
            const c = state.companies[entry.companyId];
            if (!c) return nothing;
            const seat = state.seats.find((s) => s.companyId === c.id);
            const who =
              seat?.controller.kind === 'human'
                ? seat.controller.name
                : `bot (${seat?.controller.personality})`;
            return html`<tr class=${entry.rank === 1 ? 'winner' : ''}>
              <td>${entry.rank}</td>
              <th scope="row">${c.name}</th>
              <td>${who}</td>
              <td>${entry.objectivesMet} of ${objectivesFor(state, c).length} ${objectiveList(state, c)}</td>
              <td>${tieBreak(state, entry)}</td>
              <td>${formatMoney(latestRevenueM(c) * 4)} a year</td>
              <td>${formatMoney(c.cashM)}</td>
              <td>${statusName(c)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <h2>Keep this game</h2>
    ${keepGamePanel(app, store)}
    <div class="button-row">
      <button type="button" class="primary" @click=${replay}>Play again (same seats and seed)</button>
      <button type="button" @click=${() => void app.replayCurrentGame()}>Watch the replay</button>
      <button type="button" @click=${() => app.showScreen('levels')}>Another level</button>
      <button type="button" @click=${() => app.leaveGame()}>Title</button>
    </div>
  </section>`;
};
