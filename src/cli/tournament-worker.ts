/** A tournament worker thread: plays the seeds it is sent and posts each game's result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { setAutoFreeze } from 'immer';
import type { Level } from '../core';
import { playGame } from './game';
import type { SeatPlan } from './seats';

const { level, plan, fast } = workerData as { level: Level; plan: SeatPlan; fast: boolean };
if (fast) setAutoFreeze(false);

parentPort?.on('message', (seed: number) => {
  const outcome = playGame(level, plan, seed);
  parentPort?.postMessage(outcome.ok ? { seed, result: outcome.result } : { seed, error: outcome.message });
});
