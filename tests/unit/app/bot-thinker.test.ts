import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BotTurnOutcome } from '../../../src/app/bot-runner';
import { botToMove } from '../../../src/app/bot-runner';
import { type BotThinker, inTaskThinker, workerThinker } from '../../../src/app/bot-thinker';
import { answer, type BotTurnRequest } from '../../../src/app/bot-turn.worker';
import type { Scheduler } from '../../../src/app/scheduler';
import { type GameState, hashState, newGame } from '../../../src/core';

const sandbox = () =>
  JSON.parse(readFileSync(new URL('../../../levels/arms-race-sandbox.json', import.meta.url), 'utf8'));

function allBots(): GameState {
  const level = sandbox();
  const personalities = ['builder', 'financier', 'dealmaker'] as const;
  const seats = level.companies.map((c: { id: string }, i: number) => ({
    companyId: c.id,
    controller: { kind: 'bot', personality: personalities[i % 3] },
  }));
  const created = newGame({ level, seats, seed: 4 });
  if (!created.ok) throw new Error(created.error.message);
  return created.state;
}

const runNow: Scheduler = (task) => task();

/** Plays `turns` bot turns through a thinker, each from the last one's outcome. */
async function play(think: BotThinker, turns: number): Promise<{ hashes: string[]; actions: unknown[] }> {
  let state = allBots();
  const hashes: string[] = [];
  const actions: unknown[] = [];
  for (let i = 0; i < turns; i++) {
    const seat = botToMove(state);
    if (!seat) break;
    const outcome = await new Promise<BotTurnOutcome>((done) => think(state, seat, done));
    actions.push(...outcome.actions);
    state = outcome.state;
    hashes.push(hashState(state));
  }
  return { hashes, actions };
}

/**
 * Stands in for the browser's Worker: the request crosses as a structured clone, as it would, and is
 * answered by the worker module's own handler in a later task.
 */
function fakeWorker(behaviour: 'play' | 'throw-on-load' | 'crash') {
  return class FakeWorker {
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor() {
      if (behaviour === 'throw-on-load') throw new Error('no workers here');
    }
    postMessage(request: BotTurnRequest) {
      const copy = structuredClone(request);
      setTimeout(() => {
        if (behaviour === 'crash') {
          this.onerror?.({ message: 'boom', preventDefault: () => {} } as unknown as ErrorEvent);
          return;
        }
        const reply = answer(copy);
        setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent), 0);
      }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('where bot turns are worked out', () => {
  it('gives, from a worker, the very same turns as in the page', async () => {
    const inPage = await play(inTaskThinker(runNow), 12);
    vi.stubGlobal('Worker', fakeWorker('play'));
    const fromWorker = await play(workerThinker(inTaskThinker(runNow)), 12);
    expect(inPage.hashes).toHaveLength(12);
    expect(fromWorker.hashes).toEqual(inPage.hashes);
    expect(fromWorker.actions).toEqual(inPage.actions);
  });

  it('plays in the page when the worker cannot start or stops', async () => {
    const inPage = await play(inTaskThinker(runNow), 3);
    for (const behaviour of ['throw-on-load', 'crash'] as const) {
      vi.stubGlobal('Worker', fakeWorker(behaviour));
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const played = await play(workerThinker(inTaskThinker(runNow)), 3);
      expect(played.hashes).toEqual(inPage.hashes);
      if (behaviour === 'crash') expect(warn).toHaveBeenCalledOnce();
      warn.mockRestore();
    }
  });
});
