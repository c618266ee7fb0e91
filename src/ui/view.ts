/**
 * The shape of every screen and panel (lichess's ctrl/view split): a pure function of the store's
 * state that returns a lit-html template. Event handlers call the store's actions; `store` is passed
 * for handlers that must read the state as it is when they run, not as it was when drawn.
 */
import type { TemplateResult } from 'lit-html';
import type { AppState, AppStore } from '../app/store';

export type View = (app: AppState, store: AppStore) => TemplateResult;

/** The human company whose private screen is showing, when it is this device's viewer. */
export function viewerOf(app: AppState): string | null {
  return app.game.handoverTo ? null : app.game.viewer;
}
