import { Game, Scale, WEBGL } from 'phaser';
import type { AppStore } from '../app/store';
import { SCENE_READY } from './events';
import { TitleScene } from './scenes/title-scene';

declare global {
  interface Window {
    /** The Phaser game, for the browser tests and for debugging from the console; not an API. */
    __HYPERSCALE__?: { game: Game };
  }
}

/**
 * Creates the Phaser game inside `parent` (the Phaser Vite template's factory shape).
 *
 * WEBGL, not AUTO: if WebGL is unavailable we want a visible failure (and a failing browser
 * test), not a silent fallback to the Canvas renderer that we never test.
 */
export function startGame(parent: HTMLElement, _store: AppStore): Game {
  return new Game({
    type: WEBGL,
    parent,
    backgroundColor: '#070b18',
    scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
    // The console banner is noise in test logs; the version is in package.json.
    banner: false,
    // Transparent over the page so the DOM panels' backdrop shows where no scene draws.
    scene: [TitleScene],
  });
}

export function onSceneReady(game: Game, callback: (scene: string) => void): void {
  game.events.on(SCENE_READY, callback);
}
