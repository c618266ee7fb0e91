/**
 * `npm run replay -- <save.json>`: checks a save, replays it through the rules, and prints each quarter's
 * headline figures and the final state hash. A save is untrusted input: anything wrong with it is one
 * sentence and exit code 1, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { formatBp, formatMoney, hashState, MAX_SAVE_CHARS } from '../core';
import { openSaveText } from './open-save';
import { quietOnClosedPipe, table } from './table';

class ReplayError extends Error {}

function readSave(path: string): string {
  try {
    // A hostile file could be gigabytes: look at its size before reading it (UTF-8 takes ≥ 1 byte a character).
    if (statSync(path).size > MAX_SAVE_CHARS * 4)
      throw new ReplayError(`${path} is too large to be a Hyperscale save.`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof ReplayError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReplayError(
      code === 'ENOENT' ? `There is no file ${path}.` : `Cannot read ${path} (${code ?? 'unknown error'}).`,
    );
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
  const opened = openSaveText(readSave(path));
  if (!opened.ok) throw new ReplayError(`${path}: ${opened.message}`);
  const { replay, save, level: foundLevel } = opened;

  const { initial, final, reports } = replay;
  const names = Object.fromEntries(Object.values(initial.companies).map((c) => [c.id, c.name]));
  console.log(
    `${foundLevel.title} (${foundLevel.id}), seed ${save.seed}, ${save.actions.length} actions, ${reports.length} quarters.`,
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
      `${entry.rank}. ${names[entry.companyId] ?? entry.companyId}: ${entry.bankrupt ? 'failed' : `${entry.objectivesMet} objective(s), ${formatMoney(entry.valuationM)}`}`,
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
