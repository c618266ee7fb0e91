import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { encodeSaveLink, newGame, type Save, SaveRecorder, step } from '../../src/core';
import { repoRoot } from './support/bundle';
import { keepScreenshot } from './support/screens';
import { pageSettled } from './support/settled';

/**
 * Keeping games: undo, export and import a save, open a share link at a quarter, step through a
 * replay by keys and by the valuation chart, take over, compare the two timelines; and storage that
 * is full or missing loses nothing.
 */

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(180_000);

async function closeReport(page: Page) {
  await pageSettled(page);
  const report = page.locator('#report-dialog[open]');
  if (await report.count()) {
    await page.keyboard.press('Escape');
    await expect(report).toHaveCount(0);
  }
}

async function startTutorial(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Tutorial: the compute crunch' }).click();
  await page.getByLabel('Seed').fill('3');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your moves as OpenAI' })).toBeVisible();
  // The tutorial's prompts are not what this test is about.
  const leave = page.getByRole('button', { name: 'Leave tutorial' });
  if (await leave.count()) await leave.click();
}

async function splitCompute(page: Page, percent: string) {
  await page.getByRole('button', { name: 'Split compute' }).click();
  await page.getByLabel('Share for training (%)').fill(percent);
  await page.getByRole('button', { name: 'Set the split' }).click();
}

const where = (page: Page) => page.locator('.replay-where');

test('undo, export, import, a link to a quarter, keys and chart, take over, compare', async ({ page }) => {
  await startTutorial(page);

  // Undo takes back the person's own move.
  await splitCompute(page, '35');
  await expect(page.getByRole('button', { name: 'Undo the compute split' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo the compute split' }).click();
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  expect(await page.evaluate(() => window.hyperscale?.actions().length)).toBe(0);

  await splitCompute(page, '40');
  for (let q = 0; q < 3; q++) {
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect(page.getByText(`quarter ${q + 2} of 8`)).toBeVisible();
    await closeReport(page);
  }

  // Export the game to a file.
  await page.getByRole('button', { name: 'Menu' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tutorial-compute-crunch-2025-Q4.json');
  const file = await download.path();
  const save = JSON.parse(readFileSync(file, 'utf8'));
  expect(save.format).toBe('hyperscale-save');
  expect(save.actions).toHaveLength(4);

  // Leave; the autosave is in the list; import the exported file into the replay viewer.
  await page.getByRole('button', { name: 'Leave the game' }).click();
  await page.getByRole('button', { name: 'Load a save' }).click();
  await expect(page.getByRole('row', { name: /Tutorial: the compute crunch.*2025 Q4/ })).toBeVisible();
  await keepScreenshot(page, 'saves-list');
  await page.getByLabel('Choose a save file').setInputFiles(file);
  await expect(where(page)).toHaveText('2025 Q4, action 4 of 4');

  // Keys: Home, → one action, Shift+→ one quarter, End.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Home');
  await expect(where(page)).toHaveText('2025 Q1, action 0 of 4');
  await page.keyboard.press('ArrowRight');
  await expect(where(page)).toHaveText('2025 Q1, action 1 of 4');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(where(page)).toHaveText('2025 Q2, action 2 of 4');
  await page.keyboard.press('End');
  await expect(where(page)).toHaveText('2025 Q4, action 4 of 4');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Replay keys' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The chart: click the second quarter's band.
  await page.locator('.valuation-chart rect.band').nth(1).click();
  await expect(where(page)).toHaveText('2025 Q2, action 2 of 4');
  await keepScreenshot(page, 'replay');

  // A share link pointing at a quarter opens the replay there.
  await page.goto(`/#replay=${encodeSaveLink(save)}&q=3`);
  await expect(where(page)).toHaveText('2025 Q3, action 3 of 4');

  // Take over at 2025 Q3, play differently, and compare the two timelines.
  await page.getByRole('button', { name: 'Take over from here' }).click();
  await expect(page.getByText('quarter 3 of 8')).toBeVisible();
  await closeReport(page);
  await page.getByRole('button', { name: 'Build a data center' }).click();
  await page.getByLabel('Size (MW)').fill('150');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await page.getByRole('button', { name: 'End turn' }).click();
  await closeReport(page);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Watch the replay so far' }).click();
  const branches = page.getByRole('region', { name: 'Other timelines of this game' });
  await expect(branches).toContainText('parts from this one at action 4');
  await branches.getByRole('button', { name: /Compare/ }).click();
  await expect(branches).toContainText('They share 3 actions and part at action 4, in 2025 Q3');
  await expect(branches.getByRole('table')).toContainText('Owners’ value');
  await keepScreenshot(page, 'replay-compare');
});

/** Three quarters of the $38B handshake with every seat a bot's (each only ends its turn), as `sim --out` writes. */
function botsOnlySave(): Save {
  const level = JSON.parse(readFileSync(resolve(repoRoot, 'levels/38-billion-handshake.json'), 'utf8'));
  const seats = ['openai', 'aws', 'microsoft'].map((companyId) => ({
    companyId,
    controller: { kind: 'bot' as const, personality: 'builder' as const },
  }));
  const started = newGame({ level, seats, seed: 4 });
  if (!started.ok) throw new Error(started.error.message);
  let state = started.state;
  const recorder = SaveRecorder.forGame(state);
  while (state.quarter < 3) {
    const action = { type: 'turn/end' as const, seat: state.seats[state.activeSeat]?.companyId ?? '' };
    const result = step(state, action);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
    recorder.record(action, state, result.report);
  }
  return recorder.toSave();
}

test('a game the computer played alone is taken over as the company the person chooses', async ({ page }) => {
  await page.goto(`/#replay=${encodeSaveLink(botsOnlySave())}&q=2`);
  await expect(where(page)).toHaveText('2025 Q2, action 3 of 9');
  const playAs = page.getByLabel('Play as');
  // Microsoft is played by the computer in this level: a person may take OpenAI or AWS.
  await expect(playAs.locator('option')).toHaveText(['OpenAI', 'Amazon Web Services']);
  await playAs.selectOption({ label: 'Amazon Web Services' });
  await keepScreenshot(page, 'replay-play-as');
  await page.getByRole('button', { name: 'Take over from here' }).click();
  await closeReport(page);
  await expect(page.getByRole('heading', { name: 'Your moves as Amazon Web Services' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
});

test('a broken share link says why and opens nothing', async ({ page }) => {
  await page.goto('/#replay=h1.broken&q=2');
  await expect(page.getByText(/This share link is not a Hyperscale game/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
});

test('full storage keeps the last good save; missing storage says so and the game goes on', async ({
  page,
}) => {
  // The page's storage fills up after the first autosave.
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key: string, value: string) {
      if ((window as unknown as { __full?: boolean }).__full)
        throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await startTutorial(page);
  await splitCompute(page, '40');
  const before = await page.evaluate(() => ({ ...localStorage }));
  expect(Object.keys(before).length).toBe(2); // the index and one game
  await page.evaluate(() => {
    (window as unknown as { __full?: boolean }).__full = true;
  });
  await splitCompute(page, '30');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(
    page.getByText(/storage is full, so this save was not written; your previous saves are untouched/),
  ).toBeVisible();
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
  await page.getByRole('button', { name: 'Back to the game' }).click();
  await page.getByRole('button', { name: 'End turn' }).click();
  await expect(page.getByText('quarter 2 of 8')).toBeVisible();

  // A browser that refuses storage altogether.
  const other = await page.context().newPage();
  await other.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await startTutorial(other);
  await splitCompute(other, '40');
  await other.getByRole('button', { name: 'Menu' }).click();
  await expect(other.getByText(/does not allow saving here/)).toBeVisible();
  await other.getByRole('button', { name: 'Back to the game' }).click();
  await other.getByRole('button', { name: 'End turn' }).click();
  await expect(other.getByText('quarter 2 of 8')).toBeVisible();
});
