/**
 * Finds a game's key moments off the main thread: the decisions are shared between a few workers
 * (one per spare core, at most four), each weighing its share; progress is reported as it comes.
 */
import { decisionsOf, type KeyMoment } from '../bots';
import { type Action, newGame } from '../core';
import type { KeyMomentsMessage, KeyMomentsRequest } from './key-moments.worker';

export interface KeyMomentsJob {
  level: unknown;
  seats: unknown;
  seed: number;
  actions: Action[];
  seat: string;
}

export type KeyMomentsOutcome = { ok: true; moments: KeyMoment[] } | { ok: false; message: string };

export function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores - 1));
}

export async function findKeyMoments(
  job: KeyMomentsJob,
  onProgress: (done: number, total: number) => void,
): Promise<KeyMomentsOutcome> {
  const created = newGame({ level: job.level, seats: job.seats, seed: job.seed });
  if (!created.ok) return { ok: false, message: created.error.message };
  const total = decisionsOf(created.state, job.actions, job.seat).length;
  if (total === 0) return { ok: true, moments: [] };
  const workers = Math.min(workerCount(), total);
  const share = Math.ceil(total / workers);
  let done = 0;
  const parts = Array.from({ length: workers }, (_, w) => {
    const request: KeyMomentsRequest = { ...job, from: w * share, to: Math.min(total, (w + 1) * share) };
    return new Promise<KeyMoment[]>((resolve, reject) => {
      const worker = new Worker(new URL('./key-moments.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<KeyMomentsMessage>) => {
        const message = event.data;
        if (message.kind === 'progress') onProgress(++done, total);
        else {
          worker.terminate();
          if (message.kind === 'done') resolve(message.moments);
          else reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        worker.terminate();
        reject(new Error(event.message || 'the worker stopped'));
      };
      worker.postMessage(request);
    });
  });
  try {
    return { ok: true, moments: (await Promise.all(parts)).flat() };
  } catch (error) {
    return { ok: false, message: `The key moments could not be computed: ${(error as Error).message}.` };
  }
}
