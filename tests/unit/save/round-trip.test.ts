import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playBotTurn } from '../../../src/bots';
import { levelIds } from '../../../src/cli/levels';
import { openSaveText } from '../../../src/cli/open-save';
import {
  decodeSaveLink,
  encodeSaveLink,
  GAME_VERSION,
  hashState,
  newGame,
  SaveRecorder,
} from '../../../src/core';

/** Every level: a whole game by the bots, saved, loaded again (and through its share link), to the same hash. */
describe('save round-trips', () => {
  for (const id of levelIds().filter((l) => l !== 'test-arena')) {
    it(`${id}: save → load gives the same final hash`, () => {
      const level = JSON.parse(readFileSync(new URL(`../../../levels/${id}.json`, import.meta.url), 'utf8'));
      const personalities = ['builder', 'financier', 'dealmaker'] as const;
      const seats = level.companies.slice(0, level.seats.max).map((c: { id: string }, i: number) => ({
        companyId: c.id,
        controller: { kind: 'bot', personality: personalities[i % 3] },
      }));
      const created = newGame({ level, seats, seed: 11 });
      if (!created.ok) throw new Error(created.error.message);
      const recorder = SaveRecorder.forGame(created.state);
      let state = created.state;
      for (let turns = 0; state.phase === 'acting' && turns < 2000; turns++) {
        const seat = state.seats[state.activeSeat]?.companyId ?? '';
        state = playBotTurn(state, seat, {
          onStep: (action, r) => recorder.record(action, r.state, r.report),
        }).state;
      }
      expect(state.phase).toBe('over');
      const save = recorder.toSave();
      const opened = openSaveText(JSON.stringify(save));
      if (!opened.ok) throw new Error(opened.message);
      expect(hashState(opened.replay.final)).toBe(hashState(state));
      const linked = decodeSaveLink(encodeSaveLink(save));
      expect(linked.ok && openSaveText(JSON.stringify(linked.save)).ok).toBe(true);
    }, 60_000);
  }
});

describe('the game version', () => {
  it('is recorded in saves and equals package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(GAME_VERSION).toBe(pkg.version);
    const level = JSON.parse(
      readFileSync(new URL('../../../levels/tutorial-compute-crunch.json', import.meta.url), 'utf8'),
    );
    const created = newGame({
      level,
      seats: [{ companyId: 'openai', controller: { kind: 'bot', personality: 'builder' } }],
      seed: 1,
    });
    if (!created.ok) throw new Error(created.error.message);
    expect(SaveRecorder.forGame(created.state).toSave().game).toBe(GAME_VERSION);
  });
});
