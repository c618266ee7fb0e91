/**
 * A read-only `window.hyperscale` for the browser tests and the curious: the current state, its
 * hash and the game's version. Nothing here can change the game.
 */
import { GAME_VERSION, type GameState, hashState } from '../core';
import type { AppStore } from './store';

export { GAME_VERSION };

export interface HyperscaleApi {
  readonly version: string;
  state(): GameState | null;
  hash(): string | null;
  /** The actions applied so far (a copy), so a test can replay them through the rules in Node. */
  actions(): unknown[];
  /** The setup the game started from: level id, seats and seed. */
  setup(): { levelId: string; seats: unknown; seed: number } | null;
}

declare global {
  interface Window {
    hyperscale?: HyperscaleApi;
  }
}

export function exposeForTests(store: AppStore): void {
  const api: HyperscaleApi = {
    version: GAME_VERSION,
    state: () => store.getState().game.state,
    hash: () => {
      const state = store.getState().game.state;
      return state ? hashState(state) : null;
    },
    actions: () => structuredClone(store.getState().game.actions) as unknown[],
    setup: () => {
      const setup = store.getState().game.setup;
      return setup ? { levelId: setup.levelId, seats: structuredClone(setup.seats), seed: setup.seed } : null;
    },
  };
  Object.defineProperty(window, 'hyperscale', {
    value: Object.freeze(api),
    writable: false,
    configurable: false,
  });
}
