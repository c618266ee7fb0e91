/**
 * The DOM overlay: one lit-html render of the current screen into #ui on every store change (lit
 * patches only what differs, so typing into a field keeps its focus). Output stays in the light DOM,
 * so <label for> and ARIA references work. The live region announces what the store says to announce.
 *
 * The redraw runs at the end of the task that changed the store, so a click is answered in the next
 * frame; parts that can wait are drawn after that frame (memo.ts). (A bot's turn is worked out in one task and committed in the next, for the same reason:
 * see the store.) Until the page has caught up, #ui is aria-busy, as long as a dialog waits to open.
 */
import { html, render } from 'lit-html';
import { nextTask } from '../app/scheduler';
import type { AppState, AppStore } from '../app/store';
import {
  holdBusy,
  isHeldBusy,
  runAfterDraw,
  setBusyRelease,
  setDrawRequester,
  setPartsToCome,
} from './after-draw';
import { helpScreen } from './help';
import { drawHoldingBack } from './memo';
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
  // A draw that held parts back (memo.ts) is followed by one that draws them, after the next frame,
  // and by one more for each later frame parts are due in.
  let heldBack: (() => void) | null = null;
  const renderScreen = () => {
    const app = store.getState();
    root.dataset.screen = app.ui.screen;
    render(
      html`${SCREENS[app.ui.screen](app, store)}
        <p class="visually-hidden" role="status" aria-live="polite" id="announcer">${app.ui.announcement}</p>`,
      root,
    );
  };
  const draw = () => {
    scheduled = false;
    const due = drawHoldingBack(0, renderScreen);
    if (due !== null && !heldBack) {
      heldBack = holdBusy();
      setPartsToCome(true);
      const drawFurther = (upTo: number) =>
        requestAnimationFrame(() =>
          nextTask(() => {
            // A part may be held again (due a frame further): then one more frame, one more draw.
            const next = drawHoldingBack(upTo, renderScreen);
            runAfterDraw();
            if (next !== null) {
              drawFurther(next);
              return;
            }
            const release = heldBack;
            heldBack = null;
            setPartsToCome(false);
            release?.();
          }),
        );
      drawFurther(due);
    }
    runAfterDraw();
    // After the microtasks the draw queued (a dialog asking to open holds the page busy).
    queueMicrotask(settle);
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
    queueMicrotask(() => draw());
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
