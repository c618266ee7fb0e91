/** Finding a level by id in `levels/` for the command-line tools, with one clear sentence when it cannot. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Level } from '../core';
import { quote } from '../core/quote';
import { describeLevelFileProblems, loadLevelFile } from './level-file';

export const LEVELS_DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'levels');

/** Ids of the level files in `levels/` (every `<id>.json` but the schema), sorted. */
export function levelIds(directory = LEVELS_DIRECTORY): string[] {
  try {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}

export type LevelLookup = { ok: true; level: Level; path: string } | { ok: false; message: string };

export function findLevel(id: string, directory = LEVELS_DIRECTORY): LevelLookup {
  const ids = levelIds(directory);
  if (!ids.includes(id))
    return {
      ok: false,
      message: `There is no level ${quote(id)} in levels/; the levels are: ${ids.join(', ') || 'none'}.`,
    };
  const loaded = loadLevelFile(join(directory, `${id}.json`));
  if (!loaded.ok)
    return {
      ok: false,
      message: `Level ${quote(id)} does not load: ${describeLevelFileProblems(loaded).slice(0, 3).join('; ')}.`,
    };
  return { ok: true, level: loaded.level, path: loaded.path };
}
