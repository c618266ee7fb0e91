/**
 * This quarter's news: the events that fired at its start, under the turn bar, folded to one line once
 * read. Events that ask for a choice open their own dialog; this strip only says what happened. It is a
 * <details> keyed by the quarter, so a new quarter's news opens again and closing it needs no store.
 */
import { html } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { companyName } from '../format';
import type { View } from '../view';
import { firedEvent } from './report-view';

export const newsPanel: View = (app) => {
  const state = app.game.state;
  if (!state) return html``;
  const news = state.events.filter((e) => e.quarter === state.quarter);
  if (news.length === 0) return html``;
  return html`${keyed(
    `${state.quarter}`,
    html`<details class="news" open>
      <summary>News this quarter: ${news.map((e) => e.title).join(' · ')}</summary>
      <div class="news__items">${news.map((e) => firedEvent(e, (id) => companyName(state, id)))}</div>
    </details>`,
  )}`;
};
