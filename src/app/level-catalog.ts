/**
 * The levels the browser offers, loaded on demand: each level's JSON is its own chunk, so the title
 * screen downloads none of them. The level files stay the single source of their content; the only
 * thing added here is editorial: how hard a level is for a newcomer, which the files do not say.
 */
import { describeProblem, type Level, parseLevel } from '../core';

/** Loaders for every level file except the engine's proving ground and the schema. */
const LEVEL_FILES = import.meta.glob<{ default: unknown }>([
  '../../levels/*.json',
  '!../../levels/schema.json',
  '!../../levels/test-arena.json',
]);

/** The order a newcomer should meet them in: the tutorial first, the sandbox last. */
export const LEVEL_ORDER = [
  'tutorial-compute-crunch',
  '38-billion-handshake',
  'trainium-vs-the-world',
  'circular-money',
  'oracles-gigawatt-gamble',
  'regulators-at-the-gate',
  '1-4-trillion-question',
  'arms-race-sandbox',
] as const;

export const DIFFICULTIES = ['Introductory', 'Intermediate', 'Advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Designers' judgement: how many moving parts a level asks a newcomer to hold at once. */
const DIFFICULTY: Readonly<Record<string, Difficulty>> = {
  'tutorial-compute-crunch': 'Introductory',
  '38-billion-handshake': 'Intermediate',
  'trainium-vs-the-world': 'Intermediate',
  'circular-money': 'Intermediate',
  'oracles-gigawatt-gamble': 'Advanced',
  'regulators-at-the-gate': 'Advanced',
  '1-4-trillion-question': 'Advanced',
  'arms-race-sandbox': 'Advanced',
};

export interface LevelEntry {
  level: Level;
  /** The file as loaded: what `newGame` is given, so its content hash is the file's. */
  raw: unknown;
  difficulty: Difficulty;
  /** A rough length of play: about a minute per seat-quarter for people, bots are instant. */
  minutes: number;
}

function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

export function levelIds(): string[] {
  const present = new Set(Object.keys(LEVEL_FILES).map(fileId));
  const known = LEVEL_ORDER.filter((id) => present.has(id));
  const others = [...present].filter((id) => !known.includes(id as never)).sort();
  return [...known, ...others];
}

/** Minutes of play for one human seat: reading a quarter and taking its actions takes about a minute. */
export function estimateMinutes(level: Level): number {
  return Math.max(5, Math.round((level.quarters * 75) / 60 / 5) * 5);
}

const cache = new Map<string, Promise<LevelEntry>>();

/** Loads and validates one level; a broken file is a rejected promise with the rules' sentence. */
export function loadLevel(id: string): Promise<LevelEntry> {
  const hit = cache.get(id);
  if (hit) return hit;
  const loader = Object.entries(LEVEL_FILES).find(([path]) => fileId(path) === id)?.[1];
  if (!loader) return Promise.reject(new Error(`There is no level called "${id.slice(0, 40)}".`));
  const promise = loader().then((module) => {
    const parsed = parseLevel(module.default);
    if (!parsed.ok)
      throw new Error(
        `The level "${id}" is broken: ${parsed.problems.slice(0, 2).map(describeProblem).join('; ')}.`,
      );
    return {
      level: parsed.level,
      raw: module.default,
      difficulty: DIFFICULTY[id] ?? 'Advanced',
      minutes: estimateMinutes(parsed.level),
    };
  });
  cache.set(id, promise);
  return promise;
}

export function loadAllLevels(): Promise<LevelEntry[]> {
  return Promise.all(levelIds().map(loadLevel));
}
