import type { Game } from 'phaser';
import type { AfterPageShown } from '../app/scheduler';
import type { AppState, AppStore } from '../app/store';
import { TITLE_SCENE } from './scenes/title-scene';

const MAP_SCENE = 'map';

/** The game screen with a game on it, and the replay viewer, show the map; every other screen the skyline. */
const wantsMap = (app: AppState) =>
  (app.ui.screen === 'game' && app.game.state !== null) ||
  (app.ui.screen === 'replay' && app.replay.timeline !== null);

/**
 * Runs one scene at a time, following the store's screen. The map scene and everything it needs
 * (d3-geo, topojson, the world's outlines) load the first time a game opens, not with Phaser.
 */
export function directScenes(
  game: Game,
  store: AppStore,
  afterPageShown: AfterPageShown,
  wake: () => void = () => {},
): () => void {
  let mapAdded: Promise<void> | null = null;
  const addMap = () => {
    mapAdded ??= import('./scenes/map-scene').then(({ MapScene }) => {
      game.scene.add(MAP_SCENE, new MapScene(store, afterPageShown), false);
    });
    return mapAdded;
  };

  const apply = () => {
    if (wantsMap(store.getState())) {
      void addMap().then(() => {
        // The player may have left the game while the map's code was loading.
        if (!wantsMap(store.getState())) return;
        // The map's code may arrive after the loop went to sleep: it must run to start the scene.
        wake();
        if (game.scene.isActive(TITLE_SCENE)) game.scene.stop(TITLE_SCENE);
        if (!game.scene.isActive(MAP_SCENE)) game.scene.start(MAP_SCENE);
      });
      return;
    }
    // The skyline is drawn by the loop, which may be asleep.
    wake();
    if (game.scene.getScene(MAP_SCENE) && game.scene.isActive(MAP_SCENE)) game.scene.stop(MAP_SCENE);
    // Before boot the title is already due to start (it is first in the config).
    if (game.isBooted && !game.scene.isActive(TITLE_SCENE)) game.scene.start(TITLE_SCENE);
  };

  apply();
  return store.subscribe((now, before) => {
    if (wantsMap(now) !== wantsMap(before)) apply();
  });
}
