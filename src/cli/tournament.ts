/**
 * Many games at once on every core: a pool of worker threads, each sent one seed at a time (so a slow
 * game never holds up the rest), results gathered in seed order. With one worker it runs in-process.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Level } from '../core';
import { type GameResult, playGame } from './game';
import type { SeatPlan } from './seats';

export interface TournamentOptions {
  level: Level;
  plan: SeatPlan;
  seeds: readonly number[];
  /** Worker threads; defaults to every core. */
  workers?: number;
  /** Skip immer's auto-freeze in the workers (faster; the bots never mutate state). */
  fast?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/** Worker threads do not inherit tsx's loader, so each one registers it before loading the TypeScript entry. */
function startWorker(workerData: unknown): Worker {
  const entry = new URL('./tournament-worker.ts', import.meta.url).href;
  const source = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(source, { eval: true, workerData });
}

export async function runTournament(options: TournamentOptions): Promise<GameResult[]> {
  const { level, plan, seeds } = options;
  const workers = Math.min(options.workers ?? defaultWorkers(), seeds.length);
  const results: GameResult[] = [];
  if (workers <= 1) {
    for (const seed of seeds) {
      const outcome = playGame(level, plan, seed);
      if (!outcome.ok) throw new Error(`Seed ${seed}: ${outcome.message}`);
      results.push(outcome.result);
      options.onProgress?.(results.length, seeds.length);
    }
    return results;
  }
  return new Promise<GameResult[]>((resolve, reject) => {
    let next = 0;
    let failed = false;
    const pool: Worker[] = [];
    const stop = () => {
      for (const worker of pool) void worker.terminate();
    };
    const feed = (worker: Worker) => {
      if (next < seeds.length) worker.postMessage(seeds[next++]);
    };
    for (let i = 0; i < workers; i++) {
      const worker = startWorker({ level, plan, fast: options.fast ?? false });
      pool.push(worker);
      worker.on('message', (message: { seed: number; result?: GameResult; error?: string }) => {
        if (failed) return;
        if (!message.result) {
          failed = true;
          stop();
          reject(new Error(`Seed ${message.seed}: ${message.error ?? 'the game failed'}`));
          return;
        }
        results.push(message.result);
        options.onProgress?.(results.length, seeds.length);
        if (results.length === seeds.length) {
          stop();
          resolve(results.sort((a, b) => a.seed - b.seed));
          return;
        }
        feed(worker);
      });
      worker.on('error', (error) => {
        if (failed) return;
        failed = true;
        stop();
        reject(error);
      });
      feed(worker);
    }
  });
}
