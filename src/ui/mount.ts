/**
 * The DOM overlay: one lit-html render of the current screen into #ui on every store change (lit
 * patches only what differs, so typing into a field keeps its focus). Output stays in the light DOM,
 * so <label for> and ARIA references work. The live region announces what the store says to announce.
 *
 * The redraw runs in a task of its own, not in the task that changed the store: a bot's turn that
 * resolves a quarter and the redraw of the whole screen it causes are each a few dozen milliseconds,
 * and together they would be one long task that holds up input (issue 9: no task of 50 ms or more).
 */
import { html, render } from 'lit-html';
import { nextTask } from '../app/scheduler';
import type { AppState, AppStore } from '../app/store';
import { isHeldBusy, runAfterDraw, setBusyRelease, setDrawRequester } from './after-draw';
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
    runAfterDraw();
    // Anything the draw posted in turn runs before this: the port keeps the order.
    nextTask(settle);
  };
  const settle = () => {
    if (!scheduled && !isHeldBusy()) root.removeAttribute('aria-busy');
  };
  draw();
  // Several store changes in one task (an action, then the bots' answers) are drawn once. Until the
  // page has caught up, #ui is aria-busy: assistive technology (and a test) waits for the whole change.
  const redraw = () => {
    if (scheduled) return;
    scheduled = true;
    root.setAttribute('aria-busy', 'true');
    nextTask(draw);
  };
  setDrawRequester(redraw);
  setBusyRelease(settle);
  const unsubscribe = store.subscribe(redraw);
  // The negotiation composer's draft is UI state in a store of its own: its changes redraw too.
  const unsubscribeDraft = subscribeDraft(redraw);
  return () => {
    setDrawRequester(null);
    setBusyRelease(null);
    unsubscribe();
    unsubscribeDraft();
    render(html``, root);
  };
}
