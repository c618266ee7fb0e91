/**
 * Hot-seat: between two people the screen goes blank but for "Pass the device to …", so one player
 * never sees the next one's private screen (their cash plans, an open proposal composer).
 */
import { html } from 'lit-html';
import { companyName } from '../format';
import type { View } from '../view';

export const handoverScreen: View = (app) => {
  const state = app.game.state;
  const to = app.game.handoverTo;
  if (!state || !to) return html``;
  const seat = state.seats.find((s) => s.companyId === to);
  const person = seat?.controller.kind === 'human' ? seat.controller.name : companyName(state, to);
  return html`<section class="screen handover" aria-labelledby="handover-heading">
    <h1 id="handover-heading">Pass the device to ${person}</h1>
    <p>${person} plays ${companyName(state, to)}. Everyone else, look away: the next screen is private.</p>
    <button type="button" class="primary" autofocus @click=${() => app.confirmHandover()}>
      I am ${person}: show my screen
    </button>
  </section>`;
};
