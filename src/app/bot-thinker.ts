/**
 * Where a bot's turn is worked out. In the browser, a Web Worker (bot-turn.worker.ts): the page's
 * thread only receives the outcome and shows it, so a bot that weighs many moves, or the quarter's
 * resolution, never holds up a click or a frame. Where there is no worker (Node, the unit tests) or
 * the worker fails, in the page's own tasks: the moves in one task and the end of the turn in the
 * next, each a few dozen ms at most.
 *
 * Either way the outcome is the same: the same rules and bots play the same state (a test plays
 * games both ways), and nothing is committed until the store has checked the game did not change.
 */

import type { GameState } from '../core';
import { type BotTurnOutcome, finishBotTurn, startBotTurn } from './bot-runner';
import type { BotTurnReply, BotTurnRequest } from './bot-turn.worker';
import type { Scheduler } from './scheduler';

/** Works out `seat`'s turn from `state` and calls `done` with it, in a later task. */
export type BotThinker = (state: GameState, seat: string, done: (outcome: BotTurnOutcome) => void) => void;

export function inTaskThinker(schedule: Scheduler): BotThinker {
  return (state, seat, done) => {
    schedule(() => {
      const started = startBotTurn(state, seat);
      schedule(() => done(finishBotTurn(started, seat)), 0);
    }, 0);
  };
}

/**
 * One worker for the page, started at the first bot turn. A turn it cannot play (it failed to load,
 * or threw) is played in the page instead, and so is every later one.
 */
export function workerThinker(fallback: BotThinker): BotThinker {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<number, { state: GameState; seat: string; done: (o: BotTurnOutcome) => void }>();
  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    const pending = [...waiting.values()];
    waiting.clear();
    for (const turn of pending) fallback(turn.state, turn.seat, turn.done);
  };
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./bot-turn.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<BotTurnReply>) => {
      const reply = event.data;
      const turn = waiting.get(reply.id);
      if (!turn) return;
      waiting.delete(reply.id);
      if (reply.ok) turn.done(reply.outcome);
      else {
        console.warn(`A bot's turn failed in the worker (${reply.message}); playing it in the page.`);
        fallback(turn.state, turn.seat, turn.done);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn(
        `The bots' worker stopped (${event.message || 'no reason given'}); bots play in the page.`,
      );
      giveUp();
    };
    return worker;
  };
  return (state, seat, done) => {
    const target = start();
    if (!target) {
      fallback(state, seat, done);
      return;
    }
    nextId += 1;
    waiting.set(nextId, { state, seat, done });
    const request: BotTurnRequest = { id: nextId, state, seat };
    target.postMessage(request);
  };
}

/** The browser's worker where there is one, else the page's own tasks. */
export function defaultThinker(schedule: Scheduler): BotThinker {
  const inTask = inTaskThinker(schedule);
  return typeof Worker === 'function' ? workerThinker(inTask) : inTask;
}
