/**
 * `npm run sim`: plays Hyperscale with computer players, from the command line.
 *
 *   npm run sim -- --level <id> --seed <n> [--seats <spec>] [--out <save.json>] [--csv <file>]
 *   npm run sim -- --level <id> --seed <n> --games <N> [--same-seed] [--seats <spec>] [--csv <file>]
 *
 * Arguments are read with Node's own `util.parseArgs` (strict: unknown flags are errors): eight flags do
 * not justify a dependency. Every mistake is one sentence and exit code 2, never a stack trace.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatBp, formatMoney, type GameState, type Level, newGame, quarterLabel } from '../core';
import { type GameResult, playGame } from './game';
import { findLevel, levelIds } from './levels';
import { RealityUsageError, runReality } from './reality';
import { parseSeatSpec, resolveSeats, SEAT_CHOICES } from './seats';
import { skillVsLuck } from './skill-vs-luck';
import { byCompanyAndPlayer, byPlayer, byRoleAndPlayer, csvRows } from './stats';
import { percent, progressBar, quietOnClosedPipe, table } from './table';
import { defaultWorkers, runTournament } from './tournament';

const USAGE = `Usage:
  npm run sim -- --level <id> --seed <n> [--seats <spec>] [--out <save.json>] [--csv <file>]
  npm run sim -- --level <id> --seed <n> --games <N> [--same-seed] [--seats <spec>] [--csv <file>]

  --level <id>      a level in levels/ (default: arms-race-sandbox, or test-arena while it is missing)
  --seed <n>        whole number 0–4294967295 (default 1); a tournament plays seeds n … n+N−1
  --seats <spec>    who plays: company=player pairs, e.g. frontier=builder,nimbus=dealmaker, plus
                    others=<player|none> for the rest (default random); or one player for every seat.
                    Players: ${SEAT_CHOICES.join(', ')}
                    (random: a personality drawn from the seed; balanced: the three personalities in
                    equal numbers, seats shuffled by the seed; any: any of the five, baselines included)
  --out <file>      write the game as a save, for npm run replay and the game
  --games <N>       play a tournament of N games on every core
  --same-seed       every game of the tournament uses --seed (only the seats drawn at random differ)
  --csv <file>      one row per company per game, with a header row
  --workers <n>     worker threads for a tournament (default: one per core)
  --skill-vs-luck   play --seat with each personality on the same --games seeds (default 20), the other
                    seats drawn per seed, and split the variance of its rank and owners' value into
                    player, seed and interaction
  --seat <company>  the seat --skill-vs-luck measures (default: the level's first company)

  npm run sim -- --reality [--level <id>] [--games 20] [--seed n] [--json]
                    the game's figures beside the article's and FACTS' (see README)`;

class UsageError extends Error {}

interface SimOptions {
  level: Level;
  seed: number;
  games: number | null;
  sameSeed: boolean;
  seats: string;
  out: string | null;
  csv: string | null;
  workers: number;
  skillVsLuck: boolean;
  seat: string | null;
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}").`);
  return Number(text);
}

function readOptions(argv: string[]): SimOptions | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split('\n')[0]} (npm run sim -- --help lists the options).`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 0)
    throw new UsageError(`Unexpected argument "${positionals[0]}"; flags start with --.`);
  const ids = levelIds();
  const levelId = values.level ?? (ids.includes('arms-race-sandbox') ? 'arms-race-sandbox' : 'test-arena');
  const found = findLevel(levelId);
  if (!found.ok) throw new UsageError(found.message);
  const seed = wholeNumber('--seed', values.seed ?? '1', 0, 0xffffffff);
  const games = values.games === undefined ? null : wholeNumber('--games', values.games, 1, 1_000_000);
  if (games !== null && !values['same-seed'] && seed + games - 1 > 0xffffffff)
    throw new UsageError(`--seed ${seed} with --games ${games} runs past the largest seed, 4294967295.`);
  if (values['same-seed'] && games === null) throw new UsageError('--same-seed needs --games.');
  if (values.out && games !== null) throw new UsageError('--out saves one game; use it without --games.');
  const workers =
    values.workers === undefined ? defaultWorkers() : wholeNumber('--workers', values.workers, 1, 64);
  if (values.seat !== undefined && !values['skill-vs-luck'])
    throw new UsageError('--seat chooses the seat --skill-vs-luck measures; use --seats to seat players.');
  if (values.seat !== undefined && !found.level.companies.some((c) => c.id === values.seat))
    throw new UsageError(
      `--seat: "${values.seat.slice(0, 40)}" is not a company of level ${found.level.id} (its companies: ${found.level.companies.map((c) => c.id).join(', ')}).`,
    );
  if (values['skill-vs-luck'] && (values.out || values.csv || values['same-seed'] || values.seats))
    throw new UsageError(
      '--skill-vs-luck chooses the seats itself; use it with --level, --seat, --seed and --games.',
    );
  return {
    level: found.level,
    seed,
    games,
    sameSeed: values['same-seed'] ?? false,
    seats: values.seats ?? 'random',
    out: values.out ?? null,
    csv: values.csv ?? null,
    workers,
    skillVsLuck: values['skill-vs-luck'] ?? false,
    seat: values.seat ?? null,
  };
}

const VALUE_FLAGS = new Set([
  '--level',
  '--seed',
  '--seats',
  '--out',
  '--games',
  '--csv',
  '--workers',
  '--seat',
]);

function parse(argv: string[]) {
  // `--seed -3` would read as a flag; keep it as the (bad) value, so the error names it.
  const args = argv.map((arg, i) =>
    VALUE_FLAGS.has(argv[i - 1] ?? '') && /^-\d/.test(arg) ? `=${arg}` : arg,
  );
  const joined: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('=') && joined.length > 0) joined[joined.length - 1] += arg;
    else joined.push(arg);
  }
  return parseArgs({
    args: joined,
    strict: true,
    allowPositionals: true,
    options: {
      level: { type: 'string' },
      seed: { type: 'string' },
      seats: { type: 'string' },
      out: { type: 'string' },
      games: { type: 'string' },
      'same-seed': { type: 'boolean' },
      csv: { type: 'string' },
      workers: { type: 'string' },
      'skill-vs-luck': { type: 'boolean' },
      seat: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function writeFile(path: string, text: string, what: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(
      `Cannot write the ${what} to ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
}

function span(level: Level): string {
  return `${level.quarters} quarters (${quarterLabel(level, 0)} – ${quarterLabel(level, level.quarters - 1)})`;
}

function single(options: SimOptions): void {
  const plan = parseSeatSpec(options.seats, options.level);
  if (!plan.ok) throw new UsageError(plan.message);
  const outcome = playGame(options.level, plan.plan, options.seed, { record: options.out !== null });
  if (!outcome.ok) throw new UsageError(`The game could not be played: ${outcome.message}`);
  const { result, final } = outcome;
  console.log(
    `${options.level.title} (${options.level.id}), seed ${options.seed}, ${span(options.level)}, ${result.companies.length} seat${result.companies.length === 1 ? '' : 's'}`,
  );
  console.log('');
  console.log(
    table(
      [
        'Rank',
        'Company',
        'Role',
        'Player',
        'Valuation',
        "Owners' value",
        'Revenue, last q',
        'Revenue, all',
        'Capex, all',
        'Cash',
        'Scrutiny',
        'Deals',
        'Objectives',
      ],
      result.companies.map((c) => [
        c.failed ? `${c.rank} (failed)` : c.rank,
        c.name,
        c.role,
        c.controller,
        formatMoney(c.valuationM),
        formatMoney(c.ownersValueM),
        formatMoney(c.lastRevenueM),
        formatMoney(c.revenueM),
        formatMoney(c.capexM),
        formatMoney(c.cashM),
        c.scrutiny,
        c.dealsSigned,
        objectivesOf(final, c.company),
      ]),
    ),
  );
  console.log('');
  console.log(
    `Market at the end: sentiment ${formatBp(final.market.sentimentBp)} of neutral, spot compute $${final.market.spotPricePerCu} per CU, ` +
      `model demand ${formatMoney(final.market.modelDemandM)} a quarter. ${result.actions} actions; final state hash ${result.hash}.`,
  );
  if (options.out && outcome.save) {
    writeFile(options.out, `${JSON.stringify(outcome.save)}\n`, 'save');
    console.log(`Saved to ${options.out}; replay it with: npm run replay -- ${options.out}`);
  }
  if (options.csv) {
    writeFile(options.csv, csvRows(options.level.id, [result]), 'CSV');
    console.log(`Wrote ${result.companies.length} rows to ${options.csv}.`);
  }
}

function objectivesOf(state: GameState, companyId: string): string {
  const met = Object.keys(state.companies[companyId]?.objectivesMet ?? {});
  return met.length === 0 ? '–' : met.join(', ');
}

async function tournament(options: SimOptions, games: number): Promise<void> {
  const plan = parseSeatSpec(options.seats, options.level);
  if (!plan.ok) throw new UsageError(plan.message);
  const seeds = Array.from({ length: games }, (_, i) => (options.sameSeed ? options.seed : options.seed + i));
  // Check the seats once here, so a bad seat fails with its sentence before any worker starts.
  for (const seed of new Set([seeds[0] ?? 0, seeds[seeds.length - 1] ?? 0])) {
    const started = newGame({ level: options.level, seats: resolveSeats(plan.plan, seed).seats, seed });
    if (!started.ok) throw new UsageError(`The game could not be played: ${started.error.message}`);
  }
  const bar = process.stdout.isTTY ? progressBar(process.stdout) : null;
  const started = process.hrtime.bigint();
  const results = await runTournament({
    level: options.level,
    plan: plan.plan,
    seeds,
    workers: options.workers,
    fast: true,
    ...(bar ? { onProgress: bar } : {}),
  });
  bar?.clear();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const seedText = options.sameSeed
    ? `seed ${options.seed} every time`
    : `seeds ${seeds[0]}–${seeds[seeds.length - 1]}`;
  console.log(
    `${games} games of ${options.level.id} (${seedText}), ${results[0]?.companies.length ?? 0} seats, ` +
      `${Math.min(options.workers, games)} worker thread(s): ${seconds.toFixed(1)} s, ${(games / seconds).toFixed(1)} games/s.`,
  );
  console.log('');
  printTables(results);
  if (options.csv) {
    writeFile(options.csv, csvRows(options.level.id, results), 'CSV');
    console.log('');
    console.log(`Wrote ${results.reduce((n, g) => n + g.companies.length, 0)} rows to ${options.csv}.`);
  }
}

export function printTables(results: readonly GameResult[]): void {
  const games = results.length;
  console.log('By player (a win is finishing first in the game):');
  console.log(
    table(
      [
        'Player',
        'Seats',
        'Games won',
        'Share of wins',
        'Mean rank',
        'Median valuation',
        "Median owners' value",
        'Failed',
      ],
      byPlayer(results).map((row) => [
        row.controller,
        row.seats,
        row.wins,
        percent(row.wins, games),
        row.meanRank.toFixed(2),
        formatMoney(row.medianValuationM),
        formatMoney(row.medianOwnersValueM),
        percent(row.failed, row.seats),
      ]),
    ),
  );
  console.log('');
  console.log('By role and player:');
  console.log(
    groupTable(
      'Role',
      'Seats',
      byRoleAndPlayer(results).map(({ role, rows }) => ({ group: role, rows })),
    ),
  );
  console.log('');
  console.log('By company and player:');
  console.log(
    groupTable(
      'Company',
      'Games',
      byCompanyAndPlayer(results).map(({ company, rows }) => ({ group: company, rows })),
    ),
  );
}

/** One row per group and player: seats (or games) played, share won, mean rank, median valuation, failures. */
function groupTable(
  groupHeader: string,
  seatsHeader: string,
  groups: { group: string; rows: ReturnType<typeof byRoleAndPlayer>[number]['rows'] }[],
): string {
  const rows: (string | number)[][] = [];
  for (const { group, rows: players } of groups)
    for (const row of players)
      rows.push([
        group,
        row.controller,
        row.seats,
        percent(row.wins, row.seats),
        row.meanRank.toFixed(2),
        formatMoney(row.medianValuationM),
        formatMoney(row.medianOwnersValueM),
        percent(row.failed, row.seats),
      ]);
  return table(
    [
      groupHeader,
      'Player',
      seatsHeader,
      'Won',
      'Mean rank',
      'Median valuation',
      "Median owners' value",
      'Failed',
    ],
    rows,
  );
}

async function printSkillVsLuck(options: SimOptions): Promise<void> {
  const seat = options.seat ?? options.level.companies[0]?.id ?? '';
  const games = options.games ?? 20;
  const seeds = Array.from({ length: games }, (_, i) => options.seed + i);
  const started = process.hrtime.bigint();
  // Worker threads take seconds to start: below a few dozen games a seat, one thread is quicker.
  const result = await skillVsLuck(options.level, seat, seeds, games >= 40 ? options.workers : 1);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `Skill versus luck in ${options.level.id}: ${seat} played by each personality on seeds ${seeds[0]}–${seeds[seeds.length - 1]}, the other seats drawn per seed (${(3 * games).toString()} games, ${seconds.toFixed(1)} s).`,
  );
  console.log('');
  console.log(
    table(
      ['Player', 'Games', 'Won', 'Mean rank', "Median owners' value"],
      result.byPlayer.map((row) => [
        row.player,
        games,
        percent(row.wins, games),
        row.meanRank.toFixed(2),
        formatMoney(row.medianOwnersValueM),
      ]),
    ),
  );
  console.log('');
  const share = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log("Share of the variance of the seat's result explained by:");
  console.log(
    table(
      ['Figure', 'Player', 'Seed', 'Interaction'],
      [
        ['final rank', share(result.rank.player), share(result.rank.seed), share(result.rank.interaction)],
        [
          "owners' value",
          share(result.ownersValue.player),
          share(result.ownersValue.seed),
          share(result.ownersValue.interaction),
        ],
      ],
    ),
  );
}

async function main(): Promise<void> {
  quietOnClosedPipe();
  if (process.argv.includes('--reality')) return runReality(process.argv.slice(2));
  const options = readOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  if (options.skillVsLuck) await printSkillVsLuck(options);
  else if (options.games === null) single(options);
  else await tournament(options, options.games);
}

main().catch((error: unknown) => {
  const message =
    error instanceof UsageError || error instanceof RealityUsageError
      ? error.message
      : `The simulator failed: ${(error as Error)?.message ?? String(error)}`;
  console.error(message);
  process.exitCode = error instanceof UsageError || error instanceof RealityUsageError ? 2 : 1;
});
