/**
 * The top bar: the quarter, whose turn it is, the attention left, the bots' state, and the one
 * unmistakable "End turn" button (webDiplomacy's players miss that a saved order is not submitted).
 */
import { html, nothing } from 'lit-html';
import { quarterLabel } from '../../core';
import { companyName } from '../format';
import { tip } from '../help';
import type { View } from '../view';
import { viewerOf } from '../view';

export const turnBar: View = (app) => {
  const state = app.game.state;
  if (!state) return html``;
  const active = state.seats[state.activeSeat]?.companyId ?? '';
  const viewer = viewerOf(app);
  const myTurn = active === viewer;
  const thinking = app.game.bots.thinking;
  const attentionLeft = state.config.actionsPerQuarter - state.attentionUsed;
  const pending = viewer ? (state.companies[viewer]?.pendingChoices.length ?? 0) : 0;
  return html`<header class="turn-bar">
    <p class="turn-bar__quarter">
      <strong>${quarterLabel(state.config, state.quarter)}</strong>
      <span>quarter ${state.quarter + 1} of ${state.config.quarters}</span>
    </p>
    <p class="turn-bar__turn" id="turn-status" tabindex="-1" aria-live="polite">
      ${
        thinking
          ? html`<span class="thinking">${companyName(state, thinking)} is thinking…</span>`
          : myTurn
            ? html`Your turn, ${companyName(state, active)}: ${tip('attention', `${attentionLeft} of ${state.config.actionsPerQuarter} major actions left`)}`
            : html`${companyName(state, active)} to move`
      }
    </p>
    <div class="turn-bar__tools">
      <label class="bot-mode">
        <input
          type="checkbox"
          .checked=${app.game.bots.mode === 'watch'}
          @change=${(e: Event) => app.setBotMode((e.target as HTMLInputElement).checked ? 'watch' : 'skip')}
        />
        Watch bots’ moves
      </label>
      ${
        app.game.undo.length > 0
          ? html`<button type="button" @click=${() => app.undoLast()}>
            Undo ${app.game.undo[app.game.undo.length - 1]?.label}
          </button>`
          : nothing
      }
      <button type="button" @click=${() => app.openDialog('report')} ?disabled=${app.game.reports.length === 0}>
        Last report
      </button>
      <button type="button" @click=${() => app.openDialog('glossary')}>Glossary</button>
      <button type="button" @click=${() => app.openDialog('quit')}>Menu</button>
      ${
        myTurn
          ? html`<button
            type="button"
            class="primary end-turn"
            ?disabled=${pending > 0}
            aria-describedby=${pending > 0 ? 'end-turn-why' : nothing}
            @click=${() => {
              // The button goes when the turn does: the focus moves first, to the turn's status
              // (which then says who is thinking). Chromium lays out the whole page at once to
              // drop the focus from a removed element, in the middle of the redraw.
              document.getElementById('turn-status')?.focus();
              const result = app.dispatch({ type: 'turn/end', seat: active });
              if (!result.ok) app.showNotice(result.error.message);
            }}
          >
            End turn
          </button>
          ${pending > 0 ? html`<span id="end-turn-why" class="hint">Answer the event first.</span>` : nothing}`
          : nothing
      }
    </div>
  </header>`;
};
