/**
 * Saves and replays, in Node: the share link of a full four-seat, 32-quarter sandbox game
 * (`shareLinkChars`), and validating and replaying that save as `npm run replay` does (`saveLoadMs`).
 * The game has one person's seat (OpenAI, played here by the builder bot), so the browser bench can
 * time its key moments from the same file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { personalityPlayer, runBotsUntilHuman } from '../../src/bots';
import { loadLevelFile } from '../../src/cli/level-file';
import { openSaveText } from '../../src/cli/open-save';
import { encodeSaveLink, newGame, type Save, SaveRecorder } from '../../src/core';

const RUNS = 9;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** A whole sandbox game with four seats, OpenAI's a person's (the builder bot stands in). */
export function fullGameSave(seed = 2027): Save {
  const loaded = loadLevelFile(new URL('../../levels/arms-race-sandbox.json', import.meta.url).pathname);
  if (!loaded.ok) throw new Error('the sandbox level does not load');
  const created = newGame({
    level: loaded.level,
    seats: [
      { companyId: 'openai', controller: { kind: 'human', name: 'Ada' } },
      { companyId: 'anthropic', controller: { kind: 'bot', personality: 'dealmaker' } },
      { companyId: 'aws', controller: { kind: 'bot', personality: 'financier' } },
      { companyId: 'microsoft', controller: { kind: 'bot', personality: 'builder' } },
    ],
    seed,
  });
  if (!created.ok) throw new Error(created.error.message);
  const recorder = SaveRecorder.forGame(created.state);
  const run = runBotsUntilHuman(created.state, {
    players: { openai: personalityPlayer('builder') },
    onStep: (action, result) => recorder.record(action, result.state, result.report),
  });
  if (run.state.phase !== 'over') throw new Error('the benchmark game did not reach its end');
  return recorder.toSave();
}

export interface SaveFigures {
  shareLinkChars: number;
  saveLoadMs: number;
  saveActions: number;
  /** The save, written for the browser bench. */
  savePath: string;
}

export function savesBench(log: (line: string) => void = console.log): SaveFigures {
  const save = fullGameSave();
  const text = JSON.stringify(save);
  const link = encodeSaveLink(save);
  const times: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const start = performance.now();
    const opened = openSaveText(text);
    const ms = performance.now() - start;
    if (!opened.ok) throw new Error(opened.message);
    if (run >= 2) times.push(ms);
  }
  const dir = mkdtempSync(join(tmpdir(), 'hyperscale-bench-'));
  const savePath = join(dir, 'sandbox-4-seats.json');
  writeFileSync(savePath, text);
  const figures = {
    shareLinkChars: link.length,
    saveLoadMs: round(median(times)),
    saveActions: save.actions.length,
    savePath,
  };
  log(
    `share link          ${figures.shareLinkChars} characters for a four-seat, 32-quarter game of ${save.actions.length} actions (target ≤ 8,000)`,
  );
  log(
    `save load           validate and replay it: ${figures.saveLoadMs} ms (median of ${RUNS}; ${round(Math.min(...times))}–${round(Math.max(...times))})`,
  );
  return figures;
}
