/**
 * The canvas is drawn only while something on it changes. Phaser redraws every frame by default; on a
 * machine without a GPU (a classroom laptop, software WebGL) a full-window frame costs tens of
 * milliseconds, and every DOM update waits behind it. So the loop sleeps once the scene is still and
 * wakes for what can change the picture: the store (a move, a quarter, a screen), a resize, the
 * overlay scrolling (the map follows its slot), a key or click (which can skip an animation).
 */
import type { Game, Scene } from 'phaser';
import type { AppStore } from '../app/store';

/** How long the loop keeps drawing after the last reason to. Animations here last under a second. */
export const IDLE_MS = 1200;

function hasMotion(game: Game): boolean {
  return game.scene.getScenes(true).some((scene: Scene) => scene.tweens.getTweens().length > 0);
}

export function renderOnDemand(game: Game, store: AppStore): { wake: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ready = false;
  const wake = () => {
    if (!game.loop.running) game.loop.wake(true);
    if (timer) clearTimeout(timer);
    timer = setTimeout(rest, IDLE_MS);
  };
  const rest = () => {
    timer = null;
    // Not before the first scene has drawn, and never in the middle of an animation.
    if (!ready || hasMotion(game)) {
      wake();
      return;
    }
    game.loop.sleep();
  };
  game.events.once('ready', () => {
    ready = true;
    wake();
  });
  const unsubscribe = store.subscribe(wake);
  const ui = document.getElementById('ui');
  const events: [EventTarget, string][] = [
    [window, 'resize'],
    [window, 'keydown'],
    [window, 'pointerdown'],
    [ui ?? window, 'scroll'],
  ];
  for (const [target, type] of events) target.addEventListener(type, wake, { passive: true, capture: true });
  wake();
  const stop = () => {
    unsubscribe();
    for (const [target, type] of events) target.removeEventListener(type, wake, { capture: true });
    if (timer) clearTimeout(timer);
  };
  return { wake, stop };
}
