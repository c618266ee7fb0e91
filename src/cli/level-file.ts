/**
 * Loading a level from disk, for the CLI and the tests (core reads no files). The file name must be the
 * level's id (`levels/<id>.json`); every problem comes back as a value with its path, never a throw.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeProblem, type Level, type LevelProblem, parseLevel } from '../core';

export type LevelFileResult =
  | { ok: true; level: Level; path: string }
  | { ok: false; problems: LevelProblem[]; path: string };

export function loadLevelFile(path: string): LevelFileResult {
  const name = basename(path);
  if (!name.endsWith('.json'))
    return fail(path, '', `${name} is not a level file: level files are JSON named <id>.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(
      path,
      '',
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(path, '', `${name} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseLevel(json, { expectedId: name.slice(0, -'.json'.length) });
  return parsed.ok ? { ok: true, level: parsed.level, path } : { ok: false, problems: parsed.problems, path };
}

/** Every problem on its own line, prefixed by the file: what the CLI prints. */
export function describeLevelFileProblems(result: Extract<LevelFileResult, { ok: false }>): string[] {
  return result.problems.map((problem) => `${result.path}: ${describeProblem(problem)}`);
}

function fail(path: string, at: string, message: string): LevelFileResult {
  return { ok: false, problems: [{ path: at, message }], path };
}
