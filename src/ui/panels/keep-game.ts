/**
 * Keeping a game: save it under a name in this browser, or export it to a file (the same format
 * `npm run replay` reads). Used from the game's menu and from the final ranking.
 */
import { html, nothing } from 'lit-html';
import { quarterLabel } from '../../core';
import { downloadText, saveFileName } from '../download';
import type { View } from '../view';

export const keepGamePanel: View = (app, store) => {
  const state = app.game.state;
  if (!state) return html`${nothing}`;
  const save = (event: Event) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('save-name') as HTMLInputElement;
    store.getState().saveAs(input.value);
  };
  const exportFile = () => {
    const text = store.getState().exportSave();
    const label = state.phase === 'over' ? 'final' : quarterLabel(state.config, state.quarter);
    if (text) downloadText(saveFileName(state.config.id, label), text);
  };
  return html`<div class="keep-game">
    <form class="keep-game__form" @submit=${save}>
      <label for="save-name">Save this game as</label>
      <input id="save-name" name="save-name" maxlength="60" autocomplete="off" placeholder=${`${state.config.title}, ${quarterLabel(state.config, state.quarter)}`} />
      <button type="submit">Save</button>
      <button type="button" @click=${exportFile}>Export to a file</button>
    </form>
    ${app.saves.message ? html`<p role="status">${app.saves.message}</p>` : nothing}
    ${app.game.autosaveProblem ? html`<p class="problem">${app.game.autosaveProblem}</p>` : html`<p class="hint">Every move is autosaved in this browser.</p>`}
  </div>`;
};
