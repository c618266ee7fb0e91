/**
 * Opening a save file's text as `npm run replay` does (and as the tests' corpus of broken files checks):
 * read the text within its limits, check the format, find the level it names in levels/, replay it.
 * Whatever is wrong is one sentence; nothing is half-loaded.
 */
import { type Level, parseSave, type ReplayResult, readSaveText, replaySave, type Save } from '../core';
import { quote } from '../core/quote';
import { findLevel, levelIds } from './levels';

export type OpenedSave =
  | { ok: true; save: Save; level: Level; replay: Extract<ReplayResult, { ok: true }> }
  | { ok: false; message: string };

export function openSaveText(text: string, levelsDirectory?: string): OpenedSave {
  const read = readSaveText(text);
  if (!read.ok) return read;
  const parsed = parseSave(read.value);
  if (!parsed.ok) return parsed;
  const { id } = parsed.save.level;
  const ids = levelIds(levelsDirectory);
  if (!ids.includes(id))
    return {
      ok: false,
      message: `This save was made on level ${quote(id)}, which this game does not have (its levels: ${ids.join(', ')}).`,
    };
  const found = findLevel(id, levelsDirectory);
  if (!found.ok) return found;
  const replay = replaySave(read.value, found.level);
  if (!replay.ok) return replay;
  return { ok: true, save: parsed.save, level: found.level, replay };
}
