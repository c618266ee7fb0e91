/**
 * A Web Worker that weighs a share of a game's decisions (src/bots/key-moments.ts), so the page stays
 * responsive while the what-ifs are played out. The game arrives as its setup and action log, the
 * same data as a save, and is rebuilt here with the same rules.
 */
import { keyMoments } from '../bots';
import { type Action, newGame } from '../core';

export interface KeyMomentsRequest {
  level: unknown;
  seats: unknown;
  seed: number;
  actions: Action[];
  seat: string;
  from: number;
  to: number;
}

export type KeyMomentsMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; moments: ReturnType<typeof keyMoments> }
  | { kind: 'error'; message: string };

const post = (message: KeyMomentsMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<KeyMomentsRequest>) => {
  const { level, seats, seed, actions, seat, from, to } = event.data;
  const created = newGame({ level, seats, seed });
  if (!created.ok) {
    post({ kind: 'error', message: created.error.message });
    return;
  }
  let done = 0;
  const moments = keyMoments(created.state, actions, seat, {
    from,
    to,
    onProgress: () => post({ kind: 'progress', done: ++done }),
  });
  post({ kind: 'done', moments });
};
