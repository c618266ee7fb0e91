/** The game being played as a save (the rules' format): the setup, every action, a checkpoint per quarter. */
import { composeSave, type Save } from '../core';
import type { GameSlice } from './store';

export function saveOfGame(game: GameSlice): Save | null {
  const { state, setup } = game;
  if (!state || !setup) return null;
  return composeSave({
    level: { id: state.config.id, hash: state.levelHash },
    seats: structuredClone(setup.seats),
    seed: setup.seed,
    start: { ...setup.start, seats: [...setup.start.seats] },
    actions: structuredClone(game.actions),
    checkpoints: game.checkpoints.map((c) => ({ ...c })),
  });
}
