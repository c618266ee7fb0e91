import { hashValue } from './hash';
import type { GameState } from './state';

/**
 * A short stable hash of the state. The level itself is represented by its content hash (already in the
 * state), so the large, unchanging config is not re-serialised on every call.
 */
export function hashState(state: GameState): string {
  const { config: _config, ...rest } = state;
  return hashValue(rest);
}
