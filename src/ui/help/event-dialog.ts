/**
 * An event that asks the viewer's company to choose: a dialog that cannot be dismissed (the rules block
 * the turn until it is answered) with the explanation, its source, and each option with what it does —
 * the rules' own preview of the choice when they give one, else the level's effects in sentences.
 * The explanation takes the focus when it opens, so a reflexive Enter cannot pick the first option.
 */
import { html, nothing } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { ref } from 'lit-html/directives/ref.js';
import type { AppState } from '../../app/store';
import type { GameState, PendingChoice } from '../../core';
import { modal } from '../dialog';
import { dialogBody } from '../dialog-body';
import type { View } from '../view';
import { viewerOf } from '../view';
import { describeEffects } from './describe-effects';
import { dialogInputs, whichDialog } from './which-dialog';

/** What choosing the option would do, in the rules' words: the preview's log after its "X chose…" line. */
function consequences(
  app: AppState,
  state: GameState,
  seat: string,
  pending: PendingChoice,
  optionId: string,
) {
  const card = state.config.events.find((e) => e.id === pending.eventId);
  const option = card?.choice?.options.find((o) => o.id === optionId);
  if (!option) return [];
  const preview = app.preview({ type: 'event/choose', seat, eventId: pending.eventId, optionId });
  const lines = preview.ok ? preview.log.slice(1) : [];
  return lines.length > 0 ? lines : describeEffects(option.effects, state.config);
}

/**
 * When one answer brings up the next event in the same dialog, its explanation takes the focus: the
 * focused button belonged to the last event, and a second Enter must not answer the new one unread.
 * (The first event gets the focus from show() and `autofocus`; lit calls refs before it inserts the
 * new nodes, hence the microtask.)
 */
function focusWhenShown(element?: Element) {
  if (!(element instanceof HTMLElement)) return;
  queueMicrotask(() => {
    if (element.isConnected && element.closest('dialog')?.open) element.focus();
  });
}

export const eventDialog: View = (app) => {
  const state = app.game.state;
  const seat = viewerOf(app);
  const pending = seat ? state?.companies[seat]?.pendingChoices[0] : undefined;
  const card = pending ? state?.config.events.find((e) => e.id === pending.eventId) : undefined;
  const open = Boolean(card?.choice) && whichDialog(dialogInputs(app)) === 'event';
  const fired = pending
    ? state?.events.find((e) => e.eventId === pending.eventId && e.quarter === pending.quarter)
    : undefined;
  const choice = card?.choice;
  const choose = (optionId: string) => {
    if (!seat || !pending) return;
    const result = app.dispatch({ type: 'event/choose', seat, eventId: pending.eventId, optionId });
    if (result.ok) app.announce(result.log[0] ?? 'Choice made.');
  };
  return modal({
    id: 'event-dialog',
    title: card?.title ?? 'Event',
    open,
    dismissable: false,
    onClose: () => {},
    // Each option's consequences are a preview by the rules: built again only when the event or the
    // state changes, not on every redraw while the dialog is open.
    body:
      open && card && choice && state && seat && pending
        ? dialogBody(
            'event-dialog',
            [state, seat, pending, card, fired, app.game.lastError],
            () =>
              html`${keyed(
                `${pending.eventId}@${pending.quarter}`,
                html`${
                  (state.companies[seat]?.pendingChoices.length ?? 0) > 1
                    ? html`<p class="hint">${state.companies[seat]?.pendingChoices.length} decisions wait for an answer this quarter; this is the first.</p>`
                    : nothing
                }
            <p tabindex="-1" autofocus class="event-text" ${ref(focusWhenShown)}>${fired?.text ?? card.text}</p>
            ${fired && fired.effects.length > 0 ? html`<ul>${fired.effects.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
            <p class="source"><span class="source__label">Source:</span> ${fired?.source ?? card.source}</p>
            <h3 class="event-prompt">${choice.prompt}</h3>
            <ul class="event-options">
              ${choice.options.map(
                (option) => html`<li class="event-option">
                  <h4 id=${`option-${option.id}`}>${option.label}</h4>
                  <p>${option.explanation}</p>
                  <p class="event-option__label" aria-hidden="true">What happens:</p>
                  <ul class="event-option__effects" aria-label="What happens">
                    ${consequences(app, state, seat, pending, option.id).map((line) => html`<li>${line}</li>`)}
                  </ul>
                  <button type="button" class="primary" aria-describedby=${`option-${option.id}`} @click=${() => choose(option.id)}>
                    Choose: ${option.label}
                  </button>
                </li>`,
              )}
            </ul>
            ${app.game.lastError ? html`<p class="problem" role="alert">${app.game.lastError}</p>` : nothing}`,
              )}`,
          )
        : nothing,
  });
};
