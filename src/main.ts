import './ui/styles.css';
import { createAppStore } from './app/create-store';
import { exposeForTests } from './app/window-api';
import { afterPageShown } from './ui/after-draw';
import { mountUi } from './ui/mount';
import { installReplayKeys } from './ui/replay/keys';
import { followReplayLinks } from './ui/replay/link-in-address';

function mustFind(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id} element`);
  return element;
}

// The bots wait for the page to show each move before the next starts thinking (see paceBots).
const store = createAppStore({ paceBots: afterPageShown });
const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
store.getState().setReducedMotion(motion.matches);
motion.addEventListener('change', (e) => store.getState().setReducedMotion(e.matches));

// The DOM menu is interactive at once; Phaser (most of the download) arrives in parallel and the
// canvas joins when it is ready.
mountUi(mustFind('ui'), store);
exposeForTests(store);
installReplayKeys(store);
followReplayLinks(store);

void import('./render/start-game').then(({ startGame, onSceneReady }) => {
  const { game, wake } = startGame(mustFind('game'), store, afterPageShown);
  // `wake` lets a test ask for a fresh frame (the canvas sleeps while nothing changes).
  window.__HYPERSCALE__ = { game, wake };
  // Tests wait for this flag instead of sleeping: it is set once a scene has drawn its layout.
  onSceneReady(game, (scene) => {
    document.body.dataset.ready = scene;
  });
});
