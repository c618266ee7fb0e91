/**
 * `npm run replay -- <save.json | link> [--verify] [--quarter Q] [--json] [--link]`: checks a save,
 * replays it through the rules, and prints each quarter's headline figures and the standings (at the
 * end, or at the end of quarter Q). `--verify` prints only the verdict: exit 0 when every quarter
 * matches its checkpoint, 1 with the first divergence. `--json` prints the per-quarter figures as
 * JSON; `--link` prints the game's share link. Bad files and bad arguments are one line and exit 2.
 */
import { parseArgs } from 'node:util';
import { encodeSaveLink, formatMoney, hashState, parseSave, replaySave } from '../core';
import { findLevel } from './levels';
import { InputError, quoteInput, readSaveArgument } from './replay-input';
import { printQuarters, quarterFigures, type ReplayedQuarter, standingsAt } from './replay-print';
import { quietOnClosedPipe } from './table';

const USAGE = 'Usage: npm run replay -- <save.json | share link> [--verify] [--quarter Q] [--json] [--link]';

class UsageError extends Error {}
class DivergedError extends Error {}

function options() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: {
        verify: { type: 'boolean' },
        quarter: { type: 'string' },
        json: { type: 'boolean' },
        link: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's message goes on about positional arguments; its first sentence is the useful part.
    throw new UsageError(`${(error as Error).message.split('. ')[0]}. ${USAGE}`);
  }
}

function main(): void {
  quietOnClosedPipe();
  const { values, positionals } = options();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) throw new UsageError(`Give one save file or share link. ${USAGE}`);
  const arg = positionals[0] as string;
  let quarter: number | null = null;
  if (values.quarter !== undefined) {
    if (!/^\d{1,4}$/.test(values.quarter) || Number(values.quarter) < 1)
      throw new UsageError(`--quarter must be a whole number from 1 (got "${quoteInput(values.quarter)}").`);
    quarter = Number(values.quarter) - 1;
  }
  const { input, linkQuarter } = readSaveArgument(arg);
  const parsed = parseSave(input);
  if (!parsed.ok) throw new InputError(`${quoteInput(arg)}: ${parsed.message}`);
  const save = parsed.save;
  const found = findLevel(save.level.id);
  if (!found.ok)
    throw new InputError(
      `${quoteInput(arg)} was saved on level "${quoteInput(save.level.id)}": ${found.message}`,
    );

  if (values.link) {
    console.log(encodeSaveLink(save));
    return;
  }
  const states: ReplayedQuarter[] = [];
  const replay = replaySave(input, found.level, ({ state, report }) => {
    if (report) states.push({ report, state });
  });
  if (!replay.ok) throw new DivergedError(`${quoteInput(arg)} does not replay: ${replay.message}`);
  const quarters = replay.reports.length;
  const at = quarter ?? linkQuarter;
  if (at !== null && at >= quarters)
    throw new UsageError(`--quarter must be from 1 to ${quarters}: this save covers ${quarters} quarters.`);
  if (values.verify) {
    console.log(
      `Verified: ${quarters} quarters, ${save.actions.length} actions, every quarter matched its checkpoint. Final state hash: ${hashState(replay.final)}.`,
    );
    return;
  }
  if (values.json) {
    console.log(
      JSON.stringify({
        level: save.level,
        seed: save.seed,
        quarters: quarterFigures(states),
        finalHash: hashState(replay.final),
      }),
    );
    return;
  }
  console.log(
    `${found.level.title} (${found.level.id}), seed ${save.seed}, ${save.actions.length} actions, ${quarters} quarters.`,
  );
  const shown = at === null ? states : states.slice(0, at + 1);
  printQuarters(shown, replay.initial);
  console.log('');
  const last = shown[shown.length - 1];
  if (at !== null && last) {
    console.log(`Standings at the end of ${last.report.label}:`);
    for (const line of standingsAt(last.state)) console.log(line);
    return;
  }
  for (const entry of replay.final.ranking ?? [])
    console.log(
      `${entry.rank}. ${replay.final.companies[entry.companyId]?.name ?? entry.companyId}: ${entry.bankrupt ? 'failed' : `${entry.objectivesMet} objective(s), ${formatMoney(entry.valuationM)} (owners ${formatMoney(entry.ownersValueM)})`}`,
    );
  console.log(`Every quarter matched its checkpoint. Final state hash: ${hashState(replay.final)}.`);
}

try {
  main();
} catch (error) {
  const message =
    error instanceof UsageError || error instanceof InputError || error instanceof DivergedError
      ? error.message
      : `The replay failed: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
  console.error(message);
  process.exitCode = error instanceof DivergedError ? 1 : 2;
}
