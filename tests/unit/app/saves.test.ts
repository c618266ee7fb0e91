import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/app/create-store';
import {
  INDEX_KEY,
  type KeyValueStorage,
  MAX_AUTOSAVED_GAMES,
  SaveStorage,
} from '../../../src/app/save-storage';
import type { Scheduler } from '../../../src/app/scheduler';
import { hashState } from '../../../src/core';

/** An in-memory Web Storage with a quota in characters, as browsers enforce one. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  constructor(public quotaChars = Number.POSITIVE_INFINITY) {}
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quotaChars)
      throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const level = () =>
  JSON.parse(readFileSync(new URL('../../../levels/38-billion-handshake.json', import.meta.url), 'utf8'));
const seats = [
  { companyId: 'openai', controller: { kind: 'human' as const, name: 'Ada' } },
  { companyId: 'aws', controller: { kind: 'bot' as const, personality: 'dealmaker' as const } },
  { companyId: 'microsoft', controller: { kind: 'bot' as const, personality: 'financier' as const } },
];
const runNow: Scheduler = (task) => task();

function playedStore(memory: MemoryStorage) {
  const store = createAppStore({ schedule: runNow, storage: new SaveStorage(memory) });
  store.getState().setBotMode('skip');
  store.getState().startGame({ levelId: '38-billion-handshake', level: level(), seats, seed: 5 });
  const app = store.getState();
  app.dispatch({ type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 200 });
  app.dispatch({ type: 'turn/end', seat: 'openai' });
  app.dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 4000 });
  app.dispatch({ type: 'turn/end', seat: 'openai' });
  return store;
}

describe('saves in the browser', () => {
  it('autosaves after every action, and the autosave replays to the very same game', async () => {
    const memory = new MemoryStorage();
    const store = playedStore(memory);
    const played = store.getState().game;
    expect(played.state?.quarter).toBe(2);
    expect(played.checkpoints).toHaveLength(2);
    const slots = new SaveStorage(memory).list();
    expect(slots.map((s) => [s.id, s.kind, s.name])).toEqual([
      [played.slot?.id, 'auto', 'The $38 billion handshake'],
    ]);
    expect(slots[0]?.quarterLabel).toBe('2025 Q3');

    const other = createAppStore({ schedule: runNow, storage: new SaveStorage(memory) });
    expect(await other.getState().openSlot(played.slot?.id ?? '')).toBeNull();
    const opened = other.getState().game;
    expect(hashState(opened.state as never)).toBe(hashState(played.state as never));
    expect(opened.actions).toEqual(played.actions);
    expect(opened.figures.openai).toHaveLength(3);
    expect(other.getState().ui.screen).toBe('game');
    // Playing on writes into the same slot, not a new one.
    expect(opened.slot?.id).toBe(played.slot?.id);
  });

  it('a full storage keeps the previous save whole and says so once', () => {
    const memory = new MemoryStorage();
    const store = playedStore(memory);
    const before = memory.getItem(INDEX_KEY);
    const savedText = [...memory.items].find(([k]) => k !== INDEX_KEY)?.[1];
    memory.quotaChars = 0; // nothing more fits
    store.getState().dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 3000 });
    expect(store.getState().game.autosaveProblem).toMatch(/storage is full.*previous saves are untouched/);
    expect(memory.getItem(INDEX_KEY)).toBe(before);
    expect([...memory.items].find(([k]) => k !== INDEX_KEY)?.[1]).toBe(savedText);
    expect(store.getState().saveAs('My game')).toMatch(/storage is full/);
  });

  it('when the index cannot be switched, the new copy is dropped and the old one stays named', () => {
    const memory = new MemoryStorage();
    playedStore(memory);
    const index = memory.getItem(INDEX_KEY);
    const failing: KeyValueStorage = {
      getItem: (k) => memory.getItem(k),
      removeItem: (k) => memory.removeItem(k),
      setItem: (k, v) => {
        if (k === INDEX_KEY) throw new DOMException('full', 'QuotaExceededError');
        memory.setItem(k, v);
      },
    };
    const keysBefore = [...memory.items.keys()].sort();
    const result = new SaveStorage(failing).write(
      'slot-x',
      { name: 'x', kind: 'named', levelId: 'l', levelTitle: 'L', quarterLabel: 'q', seats: '' },
      {} as never,
    );
    expect(result.ok).toBe(false);
    expect(memory.getItem(INDEX_KEY)).toBe(index);
    expect([...memory.items.keys()].sort()).toEqual(keysBefore);
  });

  it('without storage at all, saving says so and the game goes on', () => {
    const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    store.getState().startGame({ levelId: '38-billion-handshake', level: level(), seats, seed: 5 });
    store.getState().dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 4000 });
    expect(store.getState().game.autosaveProblem).toMatch(/does not allow saving/);
    expect(store.getState().game.actions).toHaveLength(1);
  });

  it('a bad file is one sentence and the game being played is untouched', async () => {
    const memory = new MemoryStorage();
    const store = playedStore(memory);
    const before = store.getState().game.state;
    expect(await store.getState().openSaveText('{ not json')).toBe(
      'This file is not a Hyperscale save: it is not valid JSON.',
    );
    expect(await store.getState().openSaveText('{"format":"hyperscale-save"}')).toMatch(
      /^This save's "version"/,
    );
    expect(store.getState().game.state).toBe(before);
  });

  it('reads a save that starts with a byte-order mark', async () => {
    const memory = new MemoryStorage();
    const text = `\uFEFF${playedStore(memory).getState().exportSave()}`;
    const other = createAppStore({ schedule: runNow, storage: new SaveStorage(new MemoryStorage()) });
    expect(await other.getState().openSaveText(text)).toBeNull();
    expect(other.getState().game.state?.quarter).toBe(2);
  });

  it('deletes a slot only when asked, and lists named saves beside the autosave', () => {
    const memory = new MemoryStorage();
    const store = playedStore(memory);
    expect(store.getState().saveAs('Before the deal')).toBe('Saved as “Before the deal”.');
    const named = store.getState().saves.slots.find((s) => s.name === 'Before the deal');
    expect(named).toBeDefined();
    store.getState().askDelete(named?.id ?? '');
    expect(store.getState().saves.confirmingDelete).toBe(named?.id);
    store.getState().deleteSlot(named?.id ?? '');
    expect(store.getState().saves.slots.map((s) => s.id)).toEqual([store.getState().game.slot?.id]);
  });

  it('keeps the most recent autosaved games, and every named one', () => {
    const memory = new MemoryStorage();
    let clock = 0;
    const saves = new SaveStorage(memory, () => new Date(Date.UTC(2026, 0, 1) + 1000 * clock++));
    const info = { name: 'g', levelId: 'l', levelTitle: 'L', quarterLabel: 'q', seats: '' };
    saves.write('named-1', { ...info, kind: 'named' }, {} as never);
    for (let i = 0; i < MAX_AUTOSAVED_GAMES + 3; i++)
      saves.write(`game-${i}`, { ...info, kind: 'auto' }, {} as never);
    const ids = saves.list().map((s) => s.id);
    expect(ids).toHaveLength(MAX_AUTOSAVED_GAMES + 1);
    expect(ids).toContain('named-1');
    expect(ids).not.toContain('game-0');
    expect(ids).toContain(`game-${MAX_AUTOSAVED_GAMES + 2}`);
    // The dropped games' data is gone too, not only their index entries.
    expect(memory.items.size).toBe(MAX_AUTOSAVED_GAMES + 2);
  });
});
