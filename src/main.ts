import './ui/styles.css';
import type { Game } from 'phaser';
import { createAppStore } from './app/store';
import { SCENE_READY } from './render/events';
import { startGame } from './render/start-game';
import { mountTitleMenu } from './ui/title-menu';

declare global {
  interface Window {
    /** For the browser tests and for debugging from the console; not an API. */
    __HYPERSCALE__?: { game: Game };
  }
}

function mustFind(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no #${id} element`);
  return element;
}

const store = createAppStore();
const game = startGame(mustFind('game'));
mountTitleMenu(mustFind('ui'), store);

window.__HYPERSCALE__ = { game };
// Tests wait for this flag instead of sleeping: it is set once the scene has drawn its layout.
game.events.on(SCENE_READY, (scene: string) => {
  document.body.dataset.ready = scene;
});
