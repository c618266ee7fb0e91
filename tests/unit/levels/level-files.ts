/** The level files on disk, read once for the level tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS_DIR } from '../../../src/cli/levels-schema';
import { LEVEL_SCHEMA_FILE } from '../../../src/core';

/** The eight levels of issue 5, in the order a course would play them. */
export const SCENARIO_LEVEL_IDS = [
  'tutorial-compute-crunch',
  '38-billion-handshake',
  'trainium-vs-the-world',
  '1-4-trillion-question',
  'oracles-gigawatt-gamble',
  'circular-money',
  'regulators-at-the-gate',
  'arms-race-sandbox',
] as const;

export const levelFileNames = (): string[] =>
  readdirSync(LEVELS_DIR)
    .filter((name) => name.endsWith('.json') && name !== LEVEL_SCHEMA_FILE)
    .sort();

export const levelPath = (name: string): string => join(LEVELS_DIR, name);

export const readLevelJson = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(levelPath(`${id}.json`), 'utf8')) as Record<string, unknown>;
