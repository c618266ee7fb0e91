/**
 * `npm run replay -- <save.json>`: checks a save, replays it through the rules, and prints each quarter's
 * headline figures and the final state hash. A save is untrusted input: anything wrong with it is one
 * sentence and exit code 1, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { formatBp, formatMoney, hashState, parseSave, replaySave } from '../core';
import { findLevel } from './levels';
import { quietOnClosedPipe, table } from './table';

class ReplayError extends Error {}

function readSave(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReplayError(
      code === 'ENOENT' ? `There is no file ${path}.` : `Cannot read ${path} (${code ?? 'unknown error'}).`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ReplayError(`${path} is not a Hyperscale save: it is not valid JSON.`);
  }
}

function main(): void {
  quietOnClosedPipe();
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    if (args[0] === '--help' || args[0] === '-h') {
      console.log('Usage: npm run replay -- <save.json>');
      return;
    }
    throw new ReplayError('Usage: npm run replay -- <save.json> (one save file).');
  }
  const path = args[0] as string;
  const input = readSave(path);
  const parsed = parseSave(input);
  if (!parsed.ok) throw new ReplayError(`${path}: ${parsed.message}`);
  const found = findLevel(parsed.save.level.id);
  if (!found.ok)
    throw new ReplayError(`${path} was saved on level "${parsed.save.level.id}": ${found.message}`);
  const replay = replaySave(input, found.level);
  if (!replay.ok) throw new ReplayError(`${path} does not replay: ${replay.message}`);

  const { initial, final, reports } = replay;
  const names = Object.fromEntries(Object.values(initial.companies).map((c) => [c.id, c.name]));
  console.log(
    `${found.level.title} (${found.level.id}), seed ${parsed.save.seed}, ${parsed.save.actions.length} actions, ${reports.length} quarters.`,
  );
  for (const report of reports) {
    console.log('');
    const sentiment = report.market.find((line) => line.figure === 'sentiment');
    const figure = (companyId: string, key: string) => {
      const company = report.companies.find((c) => c.companyId === companyId);
      return company?.lines.find((line) => line.figure === key);
    };
    console.log(
      `${report.label}${sentiment ? ` — sentiment ${formatBp(sentiment.after)}` : ''}${report.headlines[0] ? ` — ${report.headlines[0]}` : ''}`,
    );
    const rows = report.companies.map((c) => {
      const value = (key: string, fallback: string) => {
        const line = figure(c.companyId, key);
        return line ? formatMoney(line.after) : fallback;
      };
      return [
        `  ${names[c.companyId] ?? c.name}`,
        c.status,
        value('valuation', '='),
        value('revenue', '='),
        value('cash', '='),
      ];
    });
    console.log(table(['  Company', 'Status', 'Valuation', 'Revenue', 'Cash'], rows));
  }
  console.log('');
  const ranking = final.ranking ?? [];
  for (const entry of ranking)
    console.log(
      `${entry.rank}. ${names[entry.companyId] ?? entry.companyId}: ${entry.bankrupt ? 'failed' : `${entry.objectivesMet} objective(s), ${formatMoney(entry.valuationM)} (owners ${formatMoney(entry.ownersValueM)})`}`,
    );
  console.log(`Every quarter matched its checkpoint. Final state hash: ${hashState(final)}.`);
}

try {
  main();
} catch (error) {
  console.error(
    error instanceof ReplayError
      ? error.message
      : `The replay failed: ${(error as Error)?.message ?? String(error)}`,
  );
  process.exitCode = 1;
}
