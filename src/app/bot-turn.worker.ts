/**
 * A Web Worker that plays bot turns off the main thread (bot-thinker.ts): a turn's moves and the
 * quarter's resolution take 20–60 ms on a slow laptop, long enough to hold up a click or a frame
 * (issue 9: no task of 50 ms). The state arrives as a structured clone and the turn is played by the
 * same rules and bots as anywhere else, so the outcome is the one the main thread would have found.
 */

import type { GameState } from '../core';
import { type BotTurnOutcome, playOneBotTurn } from './bot-runner';

export interface BotTurnRequest {
  id: number;
  state: GameState;
  seat: string;
}

export type BotTurnReply =
  | { id: number; ok: true; outcome: BotTurnOutcome }
  | { id: number; ok: false; message: string };

/** Plays the requested turn; a failure is a reply too, so the page can play the turn itself. */
export function answer(request: BotTurnRequest): BotTurnReply {
  try {
    return { id: request.id, ok: true, outcome: playOneBotTurn(request.state, request.seat) };
  } catch (error) {
    return { id: request.id, ok: false, message: (error as Error).message };
  }
}

// Only in a worker: the module is also imported by the unit tests, where there is no `self`.
if (typeof self !== 'undefined' && typeof window === 'undefined') {
  self.onmessage = (event: MessageEvent<BotTurnRequest>) => {
    (self as unknown as Worker).postMessage(answer(event.data));
  };
}
