/** The game being played as a save (the rules' format): the setup, every action, a checkpoint per quarter. */
import { GAME_VERSION, RULES_VERSION, SAVE_FORMAT, SAVE_VERSION, type Save } from '../core';
import type { GameSlice } from './store';

export function saveOfGame(game: GameSlice): Save | null {
  const { state, setup } = game;
  if (!state || !setup) return null;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    rules: RULES_VERSION,
    game: GAME_VERSION,
    level: { id: state.config.id, hash: state.levelHash },
    seats: structuredClone(setup.seats),
    seed: setup.seed,
    start: { ...setup.start, seats: [...setup.start.seats] },
    actions: structuredClone(game.actions),
    checkpoints: game.checkpoints.map((c) => ({ ...c })),
  };
}
