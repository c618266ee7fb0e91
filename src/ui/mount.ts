/**
 * The DOM overlay: one lit-html render of the current screen into #ui on every store change (lit
 * patches only what differs, so typing into a field keeps its focus). Output stays in the light DOM,
 * so <label for> and ARIA references work. The live region announces what the store says to announce.
 */
import { html, render } from 'lit-html';
import type { AppState, AppStore } from '../app/store';
import { helpScreen } from './help';
import { subscribeDraft } from './negotiation';
import { replayScreen } from './replay/screen';
import { gameScreen } from './screens/game';
import { levelSelectScreen } from './screens/level-select';
import { rankingScreen } from './screens/ranking';
import { savesScreen } from './screens/saves';
import { seatSetupScreen } from './screens/seat-setup';
import { titleScreen } from './screens/title';
import type { View } from './view';

const SCREENS: Record<AppState['ui']['screen'], View> = {
  title: titleScreen,
  levels: levelSelectScreen,
  setup: seatSetupScreen,
  game: gameScreen,
  ranking: rankingScreen,
  help: helpScreen,
  saves: savesScreen,
  replay: replayScreen,
};

export function mountUi(root: HTMLElement, store: AppStore): () => void {
  let scheduled = false;
  const draw = () => {
    scheduled = false;
    const app = store.getState();
    root.dataset.screen = app.ui.screen;
    render(
      html`${SCREENS[app.ui.screen](app, store)}
        <p class="visually-hidden" role="status" aria-live="polite" id="announcer">${app.ui.announcement}</p>`,
      root,
    );
  };
  draw();
  // Several store changes in one task (an action, then the bots' answers) are drawn once.
  const redraw = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(draw);
  };
  const unsubscribe = store.subscribe(redraw);
  // The negotiation composer's draft is UI state in a store of its own: its changes redraw too.
  const unsubscribeDraft = subscribeDraft(redraw);
  return () => {
    unsubscribe();
    unsubscribeDraft();
    render(html``, root);
  };
}
