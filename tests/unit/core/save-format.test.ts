/** A save is untrusted input: whatever is loaded, the player reads one sentence naming what is wrong. */
import { describe, expect, it } from 'vitest';
import { parseSave, replaySave, SaveRecorder, step } from '../../../src/core';
import { startGame } from '../../support/game';
import { arenaLevel } from '../../support/levels';

function recordedSave() {
  let state = startGame(arenaLevel(), ['frontier', 'nimbus'], 9);
  const recorder = SaveRecorder.forGame(state);
  for (const seat of ['frontier', 'nimbus']) {
    const action = { type: 'turn/end', seat };
    const result = step(state, action);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    recorder.record(action, state, result.report);
  }
  return recorder.toSave();
}

describe('loading a save', () => {
  it.each<[string, unknown, string]>([
    ['nothing', null, 'This file is not a Hyperscale save: a save is a JSON object.'],
    ['a number', 5, 'This file is not a Hyperscale save: a save is a JSON object.'],
    ['a list', [], 'This file is not a Hyperscale save: a save is a JSON object.'],
    ['an empty object', {}, `This save's "format" is missing.`],
    ['another format', { format: 'chess' }, `This save's "format" must be "hyperscale-save".`],
  ])('%s gives one sentence', (_name, input, message) => {
    expect(parseSave(input)).toEqual({ ok: false, message });
  });

  it('names a bad field deep inside, and an unknown one', () => {
    const save = recordedSave();
    expect(parseSave({ ...save, seed: -1 })).toEqual({
      ok: false,
      message: `This save's "seed" must be ≥ 0.`,
    });
    expect(parseSave({ ...save, cheat: true })).toEqual({
      ok: false,
      message: `This save's "cheat" is not a field of a save.`,
    });
  });

  it('replays a good save, and refuses one made on a changed level without loading anything', () => {
    const save = recordedSave();
    const level = arenaLevel();
    const replayed = replaySave(save, level);
    expect(replayed.ok && replayed.quarterHashes).toEqual(save.checkpoints.map((c) => c.hash));
    const changed = { ...level, market: { ...level.market, sentimentBp: level.market.sentimentBp - 100 } };
    const refused = replaySave(save, changed);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/the level has changed, so the replay would not match/);
  });
});
