/**
 * `npm run sim -- --reality [--level <id>] [--games 20] [--seed n] [--json]`: plays bot games on each
 * level that models a figure of the sources (or on the one level given), and prints the reality check —
 * the game's median beside the article's and FACTS' figures, with the ratio and whether it is within 2×.
 * The measuring is the pure `realityCheck` of src/core/reality; this file plays the games and prints.
 */
import { parseArgs } from 'node:util';
import { type Player, playerNamed, runBotsUntilHuman } from '../bots';
import {
  formatBp,
  formatMoney,
  type GameState,
  type Level,
  newGame,
  type RealityRow,
  realityCheck,
  realityLevels,
  UNMODELLED_FIGURES,
} from '../core';
import { formatCount } from '../core/report';
import { findLevel } from './levels';
import { parseSeatSpec, resolveSeats } from './seats';
import { table } from './table';

export class RealityUsageError extends Error {}

interface RealityOptions {
  levels: Level[];
  games: number;
  seed: number;
  json: boolean;
}

function whole(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max)
    throw new RealityUsageError(`${flag} must be a whole number from ${min} to ${max}.`);
  return Number(text);
}

function readOptions(argv: string[]): RealityOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        reality: { type: 'boolean' },
        level: { type: 'string' },
        games: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw new RealityUsageError(
      `${(error as Error).message.split('\n')[0]} (--reality takes --level, --games, --seed and --json).`,
    );
  }
  const modelled = realityLevels();
  const ids = typeof values.level === 'string' ? [values.level] : modelled;
  const levels = ids.map((id) => {
    const found = findLevel(id);
    if (!found.ok) throw new RealityUsageError(found.message);
    return found.level;
  });
  if (typeof values.level === 'string' && !modelled.includes(values.level))
    throw new RealityUsageError(
      `No figure of the reality check is modelled by ${values.level}; the levels that model one are ${modelled.join(', ')}.`,
    );
  const games = whole('--games', typeof values.games === 'string' ? values.games : '20', 1, 1000);
  const seed = whole('--seed', typeof values.seed === 'string' ? values.seed : '1', 0, 0xffffffff - games);
  return { levels, games, seed, json: values.json === true };
}

/** One bot game: its states at quarter boundaries (the start, then after every quarter). */
function playForStates(level: Level, seed: number): GameState[] {
  const plan = parseSeatSpec('random', level);
  if (!plan.ok) throw new RealityUsageError(plan.message);
  const { seats, controllers } = resolveSeats(plan.plan, seed);
  const started = newGame({ level, seats, seed });
  if (!started.ok) throw new RealityUsageError(`The game could not be played: ${started.error.message}`);
  const players: Record<string, Player> = {};
  for (const [companyId, name] of Object.entries(controllers)) players[companyId] = playerNamed(name);
  const states: GameState[] = [started.state];
  runBotsUntilHuman(started.state, {
    players,
    onStep: (_action, result) => {
      if (result.report) states.push(result.state);
    },
  });
  return states;
}

const show = (row: RealityRow, value: number | null): string =>
  value === null
    ? '–'
    : row.unit === 'bp'
      ? formatBp(value)
      : row.unit === 'shares'
        ? `${formatCount(value)} shares`
        : formatMoney(value);

const ratio = (ratioBp: number | null): string =>
  ratioBp === null ? '–' : `${(ratioBp / 10000).toFixed(2)}×`;

function print(rows: readonly RealityRow[], options: RealityOptions): void {
  console.log(
    `Reality check: median over ${options.games} bot games (seeds ${options.seed}–${options.seed + options.games - 1}) on the level that models each figure.`,
  );
  console.log('');
  console.log(
    table(
      ['Figure', 'Level', 'Game (median)', 'Games', 'Source', 'Ratio', 'Within 2×'],
      rows.map((row) => [
        row.figure,
        row.levelId,
        show(row, row.gameValue),
        `${row.gamesMeasured}/${row.games}`,
        show(row, row.sourceValue),
        ratio(row.ratioBp),
        row.within2x ? 'yes' : 'no',
      ]),
    ),
  );
  console.log('');
  console.log('How each is measured, and its source:');
  for (const row of rows) console.log(`- ${row.figure}: ${row.measured}. ${row.source}`);
  console.log('');
  console.log('Not modelled:');
  for (const figure of UNMODELLED_FIGURES) console.log(`- ${figure.label} (${figure.source}): ${figure.why}`);
  const within = rows.filter((row) => row.within2x).length;
  console.log('');
  console.log(`${within} of ${rows.length} figures within 2× of their source.`);
}

export function runReality(argv: string[]): void {
  const options = readOptions(argv);
  const rows: RealityRow[] = [];
  for (const level of options.levels) {
    const games = Array.from({ length: options.games }, (_, i) => playForStates(level, options.seed + i));
    rows.push(...realityCheck(level.id, games));
  }
  if (options.json) console.log(JSON.stringify({ games: options.games, seed: options.seed, rows }));
  else print(rows, options);
}
