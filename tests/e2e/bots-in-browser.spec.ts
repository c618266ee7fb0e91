import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { playBotTurn } from '../../src/bots';
import type { newGame } from '../../src/core';
import { bundleForPage, repoRoot } from './support/bundle';

/**
 * The browser must never freeze on a computer player's turn. The game works bots' turns out in a Web
 * Worker; where it has none, in the page, one turn per task. That fallback is measured here: a whole
 * six-seat sandbox game is played by the bots in Chromium's main thread, one turn per task. A turn takes about 2 ms here (median);
 * the browser's "long task" line is 50 ms. The test asserts on the median and the 95th percentile with
 * a wide margin, not on the slowest turn: on a shared machine one turn in 192 can meet a garbage
 * collection or another process and pass 50 ms by itself (56 ms seen once, at load 6), and a timed test
 * must not fail for that. The slowest turn and any long task are printed; `npm run bench` measures the
 * long tasks of whole bot quarters in the game itself (maxLongTaskMs).
 */

const LONG_TASK_MS = 50;
/** A typical turn must stay far below the long-task line: a fifth of it at the median, half at p95. */
const MEDIAN_TURN_MS = LONG_TASK_MS / 5;
const P95_TURN_MS = LONG_TASK_MS / 2;
const levelJson: unknown = JSON.parse(
  readFileSync(resolve(repoRoot, 'levels/arms-race-sandbox.json'), 'utf8'),
);

test('computer players take their turns without a long task on the main thread', async ({ page }) => {
  test.setTimeout(120_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setContent('<!doctype html><title>bots</title>');
  await page.addScriptTag({
    content: await bundleForPage('tests/e2e/support/bots-entry.ts', 'HyperscaleBots'),
  });

  const result = await page.evaluate(
    async ({ level, longTaskMs }) => {
      const api = (
        window as unknown as { HyperscaleBots: { newGame: typeof newGame; playBotTurn: typeof playBotTurn } }
      ).HyperscaleBots;
      const longTasks: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      const personalities = ['builder', 'financier', 'dealmaker'] as const;
      const companies = (level as { companies: { id: string }[] }).companies.slice(0, 6);
      const started = api.newGame({
        level,
        seats: companies.map((c, i) => ({
          companyId: c.id,
          controller: { kind: 'bot', personality: personalities[i % 3] },
        })),
        seed: 2026,
      });
      if (!started.ok) return { error: started.error.message };
      let state = started.state;
      const turnMs: number[] = [];
      while (state.phase === 'acting') {
        const seat = state.seats[state.activeSeat]?.companyId ?? '';
        const t0 = performance.now();
        state = api.playBotTurn(state, seat).state;
        turnMs.push(performance.now() - t0);
        // One turn per task, as the game's loop will schedule them.
        await new Promise((resolveTurn) => setTimeout(resolveTurn, 0));
      }
      await new Promise((settle) => setTimeout(settle, 50)); // let the observer deliver its last entries
      const duringGame = longTasks.filter((ms) => ms >= longTaskMs);
      // Control: a deliberately blocking task must be seen, or the check above could not fail.
      await new Promise((done) =>
        setTimeout(() => {
          const until = performance.now() + longTaskMs + 30;
          while (performance.now() < until) {
            /* block the main thread */
          }
          done(null);
        }, 0),
      );
      await new Promise((settle) => setTimeout(settle, 50));
      return {
        controlSeen: longTasks.filter((ms) => ms >= longTaskMs).length > duringGame.length,
        turns: turnMs.length,
        quarter: state.quarter,
        phase: state.phase,
        slowestTurnMs: Math.max(...turnMs),
        medianTurnMs: [...turnMs].sort((a, b) => a - b)[Math.floor(turnMs.length / 2)] ?? 0,
        p95TurnMs: [...turnMs].sort((a, b) => a - b)[Math.floor(turnMs.length * 0.95)] ?? 0,
        longTasksOver: duringGame,
      };
    },
    { level: levelJson, longTaskMs: LONG_TASK_MS },
  );

  console.log(`bots in Chromium: ${JSON.stringify(result)}`);
  expect(pageErrors).toEqual([]);
  expect(result).toMatchObject({ phase: 'over', quarter: 31, turns: 32 * 6, controlSeen: true });
  expect(result.medianTurnMs).toBeLessThan(MEDIAN_TURN_MS);
  expect(result.p95TurnMs).toBeLessThan(P95_TURN_MS);
});

test("the game's bots think in a Web Worker, not on the page's thread", async ({ page }) => {
  test.setTimeout(60_000);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Arms-race sandbox' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Watch bots’ moves' }).uncheck();
  await page.getByRole('button', { name: 'End turn' }).click();
  // Five bots' turns and the quarter's end, then the person's turn again, with the report.
  await expect(page.getByRole('dialog', { name: /Quarter report/ })).toBeVisible({ timeout: 30_000 });
  const workers = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('bot-turn.worker')),
  );
  expect(workers).toHaveLength(1);
  expect(warnings.filter((text) => text.includes('bot'))).toEqual([]);
});
