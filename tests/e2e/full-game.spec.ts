import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { hashState, newGame, step } from '../../src/core';
import { repoRoot } from './support/bundle';
import { keepScreenshot } from './support/screens';
import { pageSettled } from './support/settled';

/**
 * A whole short game, played as a newcomer would, by clicks and keys alone at a classroom laptop's
 * size: choose a level, seat the companies, buy chips, build a data center, sign a deal a bot accepts
 * and answer one it counters, answer an event, and end quarters to the final ranking. The game the
 * browser played must be the game the rules play in Node from the same actions: the same hash.
 */

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(300_000);

const level = JSON.parse(readFileSync(resolve(repoRoot, 'levels/38-billion-handshake.json'), 'utf8'));

/** After a turn: an event's choice waits for an answer (by keyboard), the quarter's report is read and closed. */
async function settle(page: Page, answered: { events: number }) {
  for (let i = 0; i < 8; i++) {
    await pageSettled(page);
    const event = page.locator('#event-dialog[open]');
    if (await event.count()) {
      // Escape must not dismiss a choice the company has to make.
      await page.keyboard.press('Escape');
      await expect(event).toBeVisible();
      if (answered.events === 0) await keepScreenshot(page, 'full-game-event');
      await event.locator('button.primary').first().focus();
      await page.keyboard.press('Enter');
      answered.events += 1;
      continue;
    }
    const report = page.locator('#report-dialog[open]');
    if (await report.count()) {
      await page.keyboard.press('Escape');
      await expect(report).toHaveCount(0);
      continue;
    }
    return;
  }
}

async function endTurn(page: Page) {
  const button = page.getByRole('button', { name: 'End turn' });
  await button.focus();
  await page.keyboard.press('Enter');
}

test('a newcomer plays The $38 billion handshake to the final ranking, and the rules in Node agree', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await keepScreenshot(page, 'full-game-title');
  await page.getByRole('button', { name: 'New game' }).click();
  await keepScreenshot(page, 'full-game-levels');
  await page.getByRole('button', { name: 'Choose The $38 billion handshake' }).click();

  // Seats: OpenAI is the person (the default); Amazon is a dealmaker bot; a known seed.
  await page.getByLabel('Personality').first().selectOption('dealmaker');
  await page.getByLabel('Seed').fill('1');
  await keepScreenshot(page, 'full-game-setup');
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your moves as OpenAI' })).toBeVisible();
  const answered = { events: 0 };
  await settle(page, answered);

  // Buy chips: the rules' preview says what the order costs and when it arrives.
  await page.getByRole('button', { name: 'Order chips' }).click();
  await page.getByLabel('How many (thousands of chips)').fill('20');
  await expect(page.locator('#action-preview')).toContainText(/Ordered 20,000 .* paid now/);
  await page.getByRole('button', { name: 'Order', exact: true }).click();
  await expect(page.getByText('2 of 3 major actions left').first()).toBeVisible();

  // Build a data center.
  await page.getByRole('button', { name: 'Build a data center' }).click();
  await page.getByLabel('Size (MW)').fill('150');
  await expect(page.locator('#action-preview')).toContainText(/150 MW in .* costs/);
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await keepScreenshot(page, 'full-game-game');

  // A deal the bot accepts: ask what it would take, then propose.
  await page.getByRole('button', { name: 'Negotiate a deal…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Negotiate a deal' });
  await dialog.getByLabel('Deal with').selectOption('aws');
  await dialog.getByLabel('Add a term you get').selectOption('computeCommitment');
  await dialog.getByRole('button', { name: 'Add the term you get' }).click();
  await dialog.getByLabel('Price per CU ($)').fill('1');
  await dialog.getByRole('button', { name: 'What would it take?' }).click();
  await expect(dialog.locator('#negotiation-verdict')).toContainText('Would accept');
  await keepScreenshot(page, 'full-game-negotiation');
  await dialog.getByRole('button', { name: 'Propose' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Amazon Web Services accepted deal #\d+/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /Deal ledger/ })).toContainText(
    'OpenAI ⇄ Amazon Web Services',
  );

  await endTurn(page);
  await expect(page.getByText('quarter 2 of 12')).toBeVisible({ timeout: 30_000 });
  await keepScreenshot(page, 'full-game-report');
  await settle(page, answered);

  // A deal the bot counters: a stingy price, then accept its counter from the proposals.
  await page.getByRole('button', { name: 'Negotiate a deal…' }).click();
  await dialog.getByLabel('Deal with').selectOption('aws');
  await dialog.getByLabel('Add a term you get').selectOption('computeCommitment');
  await dialog.getByRole('button', { name: 'Add the term you get' }).click();
  await dialog.getByLabel('Price per CU ($)').fill('1');
  await dialog.getByRole('button', { name: 'Propose' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Amazon Web Services countered with deal #\d+/);
  await page.keyboard.press('Escape');
  const proposals = page.getByRole('region', { name: 'Proposals' });
  await expect(proposals).toContainText(/from Amazon Web Services/);
  await proposals.getByRole('button', { name: 'Accept', exact: true }).first().click();
  await expect(proposals).toContainText('No open proposal');

  // The rest of the level, turn by turn, answering what comes up.
  for (let quarter = 2; quarter <= 12; quarter++) {
    await endTurn(page);
    if (quarter === 12) break;
    await expect(page.getByText(`quarter ${quarter + 1} of 12`)).toBeVisible({ timeout: 30_000 });
    await settle(page, answered);
  }
  await expect(page.getByRole('heading', { name: /final ranking/ })).toBeVisible({ timeout: 30_000 });
  await keepScreenshot(page, 'full-game-ranking');
  expect(answered.events, 'an event asked OpenAI for a choice and was answered').toBeGreaterThan(0);

  // The same actions through the rules in Node give the same game.
  const played = await page.evaluate(() => ({
    hash: window.hyperscale?.hash() ?? null,
    actions: window.hyperscale?.actions() ?? [],
    setup: window.hyperscale?.setup() ?? null,
  }));
  const created = newGame({ level, seats: played.setup?.seats, seed: played.setup?.seed });
  if (!created.ok) throw new Error(created.error.message);
  let state = created.state;
  for (const action of played.actions) {
    const result = step(state, action);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
  expect(state.phase).toBe('over');
  expect(hashState(state)).toBe(played.hash);
  expect(problems).toEqual([]);
});
