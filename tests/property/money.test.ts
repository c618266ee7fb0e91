import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerTotal } from '../support/game';
import { cashFlowMismatches } from '../support/invariants';
import { runOps } from '../support/mixed-run';
import { GAME_PROPERTY_TIMEOUT_MS, gameCase, gameRuns, LEVELS } from './games';

describe.each(LEVELS)('money on $name', ({ level, maxOps }) => {
  it(
    'is conserved: company cash plus every outside account always sums to zero',
    () => {
      fc.assert(
        fc.property(gameCase(level, maxOps), ({ start, playerSeed, ops }) => {
          expect(ledgerTotal(start)).toBe(0);
          runOps(start, playerSeed, ops, ({ input, result }) => {
            if (result.ok) expect(ledgerTotal(result.state), JSON.stringify(input)).toBe(0);
          });
        }),
        gameRuns(15),
      );
    },
    GAME_PROPERTY_TIMEOUT_MS,
  );

  it(
    "moves each company's cash by exactly the sum of its cash-flow items over the quarter",
    () => {
      fc.assert(
        fc.property(gameCase(level, maxOps), ({ start, playerSeed, ops }) => {
          runOps(start, playerSeed, ops, ({ input, result }) => {
            if (!result.ok) return;
            expect(cashFlowMismatches(result.state), JSON.stringify(input)).toEqual([]);
            // The report of a resolved quarter says the same: its cash-flow list adds up to the cash line.
            for (const company of result.report?.companies ?? []) {
              const line = company.lines.find((l) => l.figure === 'cash');
              const total = company.cashFlow.reduce((sum, item) => sum + item.amountM, 0);
              expect(total, `${result.report?.label} ${company.name}`).toBe(
                line ? line.after - line.before : 0,
              );
            }
          });
        }),
        gameRuns(15),
      );
    },
    GAME_PROPERTY_TIMEOUT_MS,
  );
});
