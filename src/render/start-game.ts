import { Game, Scale, WEBGL } from 'phaser';
import type { AfterPageShown } from '../app/scheduler';
import type { AppStore } from '../app/store';
import { SCENE_READY } from './events';
import { renderOnDemand } from './render-on-demand';
import { directScenes } from './scene-director';
import { TitleScene } from './scenes/title-scene';

declare global {
  interface Window {
    /** The Phaser game, for the browser tests and for debugging from the console; not an API. */
    __HYPERSCALE__?: { game: Game; wake?: () => void };
  }
}

/**
 * Creates the Phaser game inside `parent` (the Phaser Vite template's factory shape).
 *
 * WEBGL, not AUTO: if WebGL is unavailable we want a visible failure (and a failing browser
 * test), not a silent fallback to the Canvas renderer that we never test.
 */
export function startGame(
  parent: HTMLElement,
  store: AppStore,
  afterPageShown: AfterPageShown,
): { game: Game; wake: () => void } {
  const game = new Game({
    type: WEBGL,
    parent,
    backgroundColor: '#070b18',
    scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
    // The console banner is noise in test logs; the version is in package.json.
    banner: false,
    // One texture per batch: Phaser compiles a shader variant for each number of textures a batch
    // holds, and the map's labels (one texture each) kept meeting new counts — 100–200 ms of shader
    // compiling on the main thread at a quarter's end or a replay jump. A few dozen more draw calls
    // cost nothing here.
    render: { maxTextures: 1 },
    // The title scene starts with the game; the map joins when a game screen first opens.
    scene: [new TitleScene(store)],
  });
  const rendering = renderOnDemand(game);
  directScenes(game, store, afterPageShown, rendering.wake);
  return { game, wake: rendering.wake };
}

export function onSceneReady(game: Game, callback: (scene: string) => void): void {
  game.events.on(SCENE_READY, callback);
}
