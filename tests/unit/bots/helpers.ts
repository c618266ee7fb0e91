/** Shared set-up for the bot tests: levels from levels/, games with chosen seats. */

import { findLevel } from '../../../src/cli/levels';
import type { BotPersonality, Controller, GameState, Level } from '../../../src/core';
import { newGame } from '../../../src/core';

export function level(id: string): Level {
  const found = findLevel(id);
  if (!found.ok) throw new Error(found.message);
  return found.level;
}

export const bot = (personality: BotPersonality): Controller => ({ kind: 'bot', personality });
export const human = (name = 'Ada'): Controller => ({ kind: 'human', name });

export function start(levelId: string, seats: [string, Controller][], seed = 1): GameState {
  const started = newGame({
    level: level(levelId),
    seats: seats.map(([companyId, controller]) => ({ companyId, controller })),
    seed,
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.state;
}

/** Every seat of test-arena played by the same personality. */
export const allSeats = (personality: BotPersonality): [string, Controller][] =>
  ['frontier', 'meridian', 'nimbus', 'stratus'].map((id) => [id, bot(personality)]);
