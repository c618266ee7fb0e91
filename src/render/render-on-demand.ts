/**
 * The canvas is drawn only while something on it changes. Phaser redraws every frame by default; on a
 * machine without a GPU (a classroom laptop, software WebGL) a full-window frame costs 6–30 ms of the
 * main thread, and every DOM update waits behind it. So the loop sleeps once the scene is still and
 * wakes for what can change the picture: a scene asking (WAKE_LOOP: the map when a move changes what
 * it shows or its slot changes size, the title when the screen changes) or a resize. Not a scroll: the
 * map's canvas moves with its slot as a style change, with no frame (canvas-placement.ts).
 *
 * Not for every store change: most moves (a split, a deal, a bot's turn) change nothing on the map,
 * and waking for each of them kept the loop drawing through whole bot quarters. With the canvas
 * asleep during a bot quarter the page had no task of 50 ms or more in four probe runs, against five
 * such tasks in four runs while it drew (.probe/probe2.ts, PHOFF=1).
 */
import type { Game, Scene } from 'phaser';
import { WAKE_LOOP } from './events';

/** Phaser's Core.Events.POST_RENDER, the end of a drawn frame (named here: importing Phaser's
 * runtime would pull the whole library into this module's tests). */
const POST_RENDER = 'postrender';

/**
 * How long the loop keeps drawing after the last reason to. Short: a scene with work left asks again
 * every frame (the map: labels due, a new size settling), and a running animation keeps it awake.
 */
export const IDLE_MS = 300;

function hasMotion(game: Game): boolean {
  return game.scene.getScenes(true).some((scene: Scene) => scene.tweens.getTweens().length > 0);
}

export function renderOnDemand(game: Game): { wake: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let ready = false;
  // Whether a frame has been drawn since the last reason to draw one. A wake is only a promise of a
  // frame: on a loaded machine the idle timer could fire before the next frame came, and the loop put
  // to sleep then left what it was woken for (the map's change, its labels) undrawn until something
  // else woke it. So the loop sleeps only once a frame has been drawn after the last wake.
  let frameOwed = false;
  const onFrameDrawn = () => {
    frameOwed = false;
  };
  const wake = () => {
    frameOwed = true;
    // A sleeping loop's wake() runs a whole step in this task, so that frame is drawn at once.
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
    // Still waiting for the frame: wait on, without waking a loop Phaser paused (a hidden tab, which
    // draws the frame when it resumes).
    if (frameOwed) {
      timer = setTimeout(rest, IDLE_MS);
      return;
    }
    game.loop.sleep();
  };
  game.events.on(POST_RENDER, onFrameDrawn);
  game.events.once('ready', () => {
    ready = true;
    wake();
  });
  game.events.on(WAKE_LOOP, wake);
  window.addEventListener('resize', wake, { passive: true });
  wake();
  const stop = () => {
    game.events.off(WAKE_LOOP, wake);
    game.events.off(POST_RENDER, onFrameDrawn);
    window.removeEventListener('resize', wake);
    if (timer) clearTimeout(timer);
  };
  return { wake, stop };
}
