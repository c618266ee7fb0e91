import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/app/create-store';
import { loadLevel } from '../../../src/app/level-catalog';
import { buildTimeline, quarterAt, stateAt } from '../../../src/app/replay-timeline';
import { SaveStorage } from '../../../src/app/save-storage';
import type { Scheduler } from '../../../src/app/scheduler';
import { takeOverSeats } from '../../../src/app/take-over-seat';
import {
  encodeSaveLink,
  hashState,
  newGame,
  replaySave,
  type Save,
  SaveRecorder,
  type Seat,
  step,
} from '../../../src/core';

const runNow: Scheduler = (task) => task();

/** A real game of the $38B handshake: one person (scripted here), two bots, five quarters. */
function playedSave(): { save: Save; store: ReturnType<typeof createAppStore> } {
  const level = JSON.parse(
    readFileSync(new URL('../../../levels/38-billion-handshake.json', import.meta.url), 'utf8'),
  );
  const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
  store.getState().setBotMode('skip');
  store.getState().startGame({
    levelId: level.id,
    level,
    seats: [
      { companyId: 'openai', controller: { kind: 'human', name: 'Ada' } },
      { companyId: 'aws', controller: { kind: 'bot', personality: 'dealmaker' } },
      { companyId: 'microsoft', controller: { kind: 'bot', personality: 'builder' } },
    ],
    seed: 9,
  });
  for (let q = 0; q < 5; q++) {
    store.getState().dispatch({ type: 'compute/allocate', seat: 'openai', trainingBp: 3000 + q * 500 });
    store.getState().dispatch({ type: 'turn/end', seat: 'openai' });
  }
  const text = store.getState().exportSave();
  if (!text) throw new Error('no save');
  return { save: JSON.parse(text), store };
}

describe('the replay timeline', () => {
  it('shows at every cursor exactly the state the first `cursor` actions make', async () => {
    const { save } = playedSave();
    const entry = await loadLevel('38-billion-handshake');
    const built = buildTimeline(save, entry);
    if (!built.ok) throw new Error(built.message);
    const timeline = built.timeline;
    expect(timeline.quarterStarts).toHaveLength(6);
    const created = newGame({ level: entry.raw, seats: save.seats, seed: save.seed });
    if (!created.ok) throw new Error(created.error.message);
    let state = created.state;
    for (let cursor = 0; cursor <= save.actions.length; cursor++) {
      expect(hashState(stateAt(timeline, cursor)), `cursor ${cursor}`).toBe(hashState(state));
      const next = step(state, save.actions[cursor]);
      if (next.ok) state = next.state;
    }
    expect(quarterAt(timeline, 0)).toBe(0);
    expect(quarterAt(timeline, save.actions.length)).toBe(5);
  });

  it('moves by action, by quarter, to the ends, and plays', async () => {
    const { save } = playedSave();
    const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    expect(await store.getState().openReplay(save, 2)).toBeNull();
    const timeline = store.getState().replay.timeline;
    if (!timeline) throw new Error('not opened');
    const startOf = (q: number) => timeline.quarterStarts[q]?.atAction;
    expect(store.getState().ui.screen).toBe('replay');
    expect(store.getState().replay.cursor).toBe(startOf(2));
    store.getState().stepActions(1);
    expect(store.getState().replay.cursor).toBe((startOf(2) ?? 0) + 1);
    // Back from inside a quarter goes to its start, then to the quarter before.
    store.getState().stepQuarters(-1);
    expect(store.getState().replay.cursor).toBe(startOf(2));
    store.getState().stepQuarters(-1);
    expect(store.getState().replay.cursor).toBe(startOf(1));
    store.getState().stepQuarters(1);
    expect(store.getState().replay.cursor).toBe(startOf(2));
    store.getState().seek(-5);
    expect(store.getState().replay.cursor).toBe(0);
    store.getState().seek(10_000);
    expect(store.getState().replay.cursor).toBe(save.actions.length);
    store.getState().seek(0);
    store.getState().togglePlay(); // the scheduler runs every step at once here
    expect(store.getState().replay.cursor).toBe(save.actions.length);
    expect(store.getState().replay.playing).toBe(false);
  });

  it('opens a share link at a quarter, and refuses a broken one without leaving the screen', async () => {
    const { save } = playedSave();
    const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    expect(await store.getState().openReplayLink(encodeSaveLink(save), 3)).toBeNull();
    expect(store.getState().replay.cursor).toBe(store.getState().replay.timeline?.quarterStarts[3]?.atAction);
    const other = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    expect(await other.getState().openReplayLink('h1.broken')).toMatch(
      /^This share link is not a Hyperscale game/,
    );
    expect(other.getState().ui.screen).toBe('title');
  });

  it('a save whose actions were tampered with does not open', async () => {
    const { save } = playedSave();
    const tampered = structuredClone(save);
    const first = tampered.actions.find((a) => (a as { type: string }).type === 'compute/allocate') as {
      trainingBp: number;
    };
    first.trainingBp = 9000;
    const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    expect(await store.getState().openReplay(tampered)).toMatch(/diverged at 2025 Q1/);
    expect(store.getState().replay.timeline).toBeNull();
  });

  it('takes over at the cursor: the new game keeps the history up to there and plays on', async () => {
    const { save } = playedSave();
    const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    await store.getState().openReplay(save, 2);
    const cursor = store.getState().replay.cursor;
    store.getState().takeOver();
    const game = store.getState().game;
    expect(store.getState().ui.screen).toBe('game');
    expect(game.actions).toHaveLength(cursor);
    expect(game.state?.quarter).toBe(2);
    expect(game.checkpoints).toHaveLength(2);
    const result = store.getState().dispatch({ type: 'turn/end', seat: 'openai' });
    expect(result.ok).toBe(true);
    expect(store.getState().game.state?.quarter).toBe(3);
  });
});

/** Storage kept in memory, as the browser's would be kept across screens. */
function memoryStorage(): SaveStorage {
  const memory = new Map<string, string>();
  return new SaveStorage({
    getItem: (k) => memory.get(k) ?? null,
    setItem: (k, v) => void memory.set(k, v),
    removeItem: (k) => void memory.delete(k),
  });
}

/** The same game with every seat a bot's, as `npm run sim -- --out` writes one: no person's seat in it. */
async function botsOnly(save: Save): Promise<Save> {
  const entry = await loadLevel('38-billion-handshake');
  const seats = (save.seats as Seat[]).map((seat) =>
    seat.controller.kind === 'human'
      ? { companyId: seat.companyId, controller: { kind: 'bot' as const, personality: 'financier' as const } }
      : seat,
  );
  const created = newGame({ level: entry.level, seats, seed: save.seed });
  if (!created.ok) throw new Error(created.error.message);
  let state = created.state;
  const recorder = SaveRecorder.forGame(state);
  for (const action of save.actions) {
    const result = step(state, action);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    recorder.record(action, state, result.report);
  }
  return recorder.toSave();
}

describe('taking over a game the computer played alone', () => {
  it('hands the person the company chosen, with the history up to the moment, and plays on', async () => {
    const save = await botsOnly(playedSave().save);
    const storage = memoryStorage();
    const store = createAppStore({ schedule: runNow, storage });
    store.getState().setBotMode('skip');
    await store.getState().openReplay(save, 3);
    const timeline = store.getState().replay.timeline;
    if (!timeline) throw new Error('no replay');
    const cursor = store.getState().replay.cursor;
    const before = stateAt(timeline, cursor);
    expect(takeOverSeats(timeline).map((s) => s.companyId)).toEqual(['openai', 'aws']); // not Microsoft
    store.getState().takeOver('aws');
    const game = store.getState().game;
    expect(store.getState().ui.screen).toBe('game');
    expect(game.viewer).toBe('aws');
    expect(game.state?.seats.map((s) => [s.companyId, s.controller.kind])).toEqual([
      ['openai', 'bot'],
      ['aws', 'human'],
      ['microsoft', 'bot'],
    ]);
    // The history up to the moment is the replay's; then the bots moved until it was AWS's turn.
    expect(game.actions.slice(0, cursor)).toEqual(save.actions.slice(0, cursor));
    expect(game.state?.quarter).toBe(before.quarter);
    // Its save replays and checks like any other (the checkpoints were recorded with the new seats),
    // and at the moment taken over it is the same game: only who plays AWS differs.
    const exported = store.getState().exportSave();
    if (!exported) throw new Error('no save');
    const entry = await loadLevel('38-billion-handshake');
    const branch = buildTimeline(JSON.parse(exported), entry);
    if (!branch.ok) throw new Error(branch.message);
    expect(stateAt(branch.timeline, cursor).companies).toEqual(before.companies);
    expect(replaySave(JSON.parse(exported), entry.level).ok).toBe(true);
    expect(store.getState().dispatch({ type: 'turn/end', seat: 'aws' }).ok).toBe(true);
    // The game the bots played alone is kept and listed as the other timeline of this one.
    expect(await store.getState().replayCurrentGame()).toBeNull();
    expect(store.getState().replay.branches).toMatchObject([{ actions: save.actions.length }]);
  });

  it('refuses a company a person may not play, in a sentence, and stays in the replay', async () => {
    const save = await botsOnly(playedSave().save);
    const store = createAppStore({ schedule: runNow, storage: new SaveStorage(null) });
    await store.getState().openReplay(save, 2);
    store.getState().takeOver('microsoft');
    expect(store.getState().ui.notice).toBe('Choose a company of this game that a person may play.');
    expect(store.getState().ui.screen).toBe('replay');
    expect(store.getState().game.state).toBeNull();
  });
});

describe('branches', () => {
  it('a take-over branches the game: both timelines are kept, listed and compared where they part', async () => {
    const { save } = playedSave();
    const storage = memoryStorage();
    const store = createAppStore({ schedule: runNow, storage });
    store.getState().setBotMode('skip');
    // Opened from a file: not in storage until the take-over keeps it.
    await store.getState().openReplay(save, 2);
    expect(store.getState().replay.branches).toEqual([]);
    const shared = store.getState().replay.cursor;
    store.getState().takeOver();
    store.getState().dispatch({ type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 150 });
    store.getState().dispatch({ type: 'turn/end', seat: 'openai' });

    expect(await store.getState().replayCurrentGame()).toBeNull();
    const branches = store.getState().replay.branches;
    expect(branches).toHaveLength(1);
    expect(branches[0]).toMatchObject({ shared, partQuarter: 2, actions: save.actions.length });
    expect(await store.getState().compareWith(branches[0]?.slotId ?? '')).toBeNull();
    const compare = store.getState().replay.compare;
    expect(compare?.rows.map((r) => r.companyId)).toEqual(['openai', 'aws', 'microsoft']);
    // The branch built a data center and stopped earlier: OpenAI's figures differ between the two.
    expect(compare?.rows[0]?.figures.some((f) => f.a !== f.b)).toBe(true);
    expect(store.getState().replay.cursor).toBe(shared);
  });
});
