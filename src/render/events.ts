/**
 * Events the render layer emits on `game.events` for the rest of the page.
 * SCENE_READY carries the scene's key once its first layout is drawn; the browser tests and
 * the DOM overlay wait on it instead of guessing with timeouts.
 * WAKE_LOOP is a scene asking for frames: something it draws is about to change (see
 * render-on-demand.ts, which keeps the loop asleep otherwise).
 */
export const SCENE_READY = 'hyperscale:scene-ready';
export const WAKE_LOOP = 'hyperscale:wake-loop';
