/**
 * Events the render layer emits on `game.events` for the rest of the page.
 * SCENE_READY carries the scene's key once its first layout is drawn; the browser tests and
 * the DOM overlay wait on it instead of guessing with timeouts.
 */
export const SCENE_READY = 'hyperscale:scene-ready';
