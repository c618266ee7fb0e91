/**
 * The corpus of broken saves in tests/fixtures/broken-saves: each file gets its one sentence (pinned in
 * expected.json; `npm run fixtures:regenerate` rewrites both after a rule change), and the answers a
 * player relies on are checked here by hand too, so a regeneration cannot quietly let a tampered file in.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSaveText } from '../../../src/cli/open-save';
import { MAX_SAVE_CHARS, MAX_SAVE_DEPTH, RULES_VERSION, readSaveText } from '../../../src/core';
import {
  BROKEN_SAVES_DIRECTORY,
  baseSave,
  brokenSaveTexts,
  describeOpened,
} from '../../fixtures/broken-saves';

const expected = JSON.parse(readFileSync(new URL('expected.json', BROKEN_SAVES_DIRECTORY), 'utf8')) as Record<
  string,
  string
>;
const text = (file: string) => readFileSync(new URL(file, BROKEN_SAVES_DIRECTORY), 'utf8');
const answer = (file: string) => describeOpened(openSaveText(text(file)));
const REGENERATE = 'if a rule or level changed on purpose, run `npm run fixtures:regenerate`';

describe('broken saves', () => {
  it.each(Object.keys(expected))('%s gets its sentence, on one short line', (file) => {
    const message = answer(file);
    expect(message, REGENERATE).toBe(expected[file]);
    expect(message.length).toBeLessThanOrEqual(400);
    expect(message).not.toMatch(/[\n\r]/);
  });

  it('are the files the corpus builder makes today', () => {
    const built = brokenSaveTexts(baseSave());
    expect(built.map((b) => b.file).sort(), REGENERATE).toEqual(Object.keys(expected).sort());
    for (const { file, text: made } of built)
      expect(text(file) === made, `${file}: ${REGENERATE}`).toBe(true);
  });

  it('loads a good save and one with a byte-order mark; a version 1 save migrates, then names its older rules', () => {
    for (const file of ['good.save', 'bom.save']) expect(openSaveText(text(file)).ok, file).toBe(true);
    // Every version 1 save was recorded under rules 1; the economy of rules 2 would not replay it.
    expect(answer('version-1.save')).toBe(
      `This save was played under rules version 1, and this game plays rules version ${RULES_VERSION}: its replay would not match, so it is not loaded (the file is unchanged).`,
    );
  });

  it('refuses tampering even when the checkpoints are gone, shifted or absurd', () => {
    expect(answer('tampered-no-checkpoints.save')).toMatch(/^The save has no checkpoint for 2025 Q1/);
    expect(answer('tampered-action.save')).toMatch(/^The replay diverged at 2025 Q1/);
    expect(answer('shifted-quarters.save')).toMatch(/checkpoint 1 is for quarter 8/);
    expect(answer('huge-quarter.save')).toBe(`This save's "checkpoints[0].quarter" must be at most 1000.`);
  });

  it('says what differs: the seat, the seed, the rules, the level', () => {
    expect(answer('renamed-seat.save')).toBe(
      'Seat 2 (Nimbus Cloud, played by "Mallory") is not the seat this game was recorded with: its company or its player was changed after saving.',
    );
    expect(answer('changed-seed.save')).toMatch(/seed \(12\) is not the one the game was recorded with/);
    expect(answer('other-rules.save')).toMatch(
      new RegExp(`rules version ${RULES_VERSION + 1}, and this game plays rules version ${RULES_VERSION}`),
    );
    expect(answer('changed-level.save')).toMatch(/the level has changed/);
    expect(answer('too-new.save')).toMatch(/format version 3, newer than this game reads/);
  });

  it('quotes at most 40 characters of a huge id', () => {
    expect(answer('long-seat.save')).toContain(`"${'y'.repeat(40)}…"`);
    expect(answer('long-level-id.save')).toBe(
      `This save's "level.id" must be a level id (at most 40 characters).`,
    );
  });
});

describe('save text limits', () => {
  it('refuses a file larger than a save can be before parsing it', () => {
    const read = readSaveText(' '.repeat(MAX_SAVE_CHARS + 1));
    expect(read).toEqual({
      ok: false,
      message:
        'This file is too large to be a Hyperscale save (5,000,001 characters; a save has at most 5,000,000).',
    });
  });

  it(`accepts ${MAX_SAVE_DEPTH} levels of nesting and refuses one more, brackets in strings aside`, () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(readSaveText(nested(MAX_SAVE_DEPTH)).ok).toBe(true);
    expect(readSaveText(nested(MAX_SAVE_DEPTH + 1)).ok).toBe(false);
    expect(readSaveText(JSON.stringify({ text: `${'['.repeat(100)}\\"` })).ok).toBe(true);
  });
});

describe('npm run replay on a broken file', () => {
  it('prints its sentence on one line of stderr and exits 1 (it does not replay)', () => {
    const path = fileURLToPath(new URL('tampered-no-checkpoints.save', BROKEN_SAVES_DIRECTORY));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/replay.ts', path], {
      cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toContain(`does not replay: ${expected['tampered-no-checkpoints.save']}`);
  }, 60_000);
});
