import { expect, test } from '@playwright/test';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  expectNothingClipped,
  keepScreenshot,
  openGame,
  SIZES,
} from './support/screens';
import { pageSettled } from './support/settled';

/**
 * Every screen at the three sizes: accessible (axe-core, WCAG 2.x A/AA), no sideways scrolling, and a
 * screenshot kept for a person to look at.
 */

let problems: string[] = [];
test.beforeEach(({ page }) => {
  problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
});
test.afterEach(() => expect(problems, 'the page threw').toEqual([]));

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('title, level select and seat setup', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
      await expectAccessible(page, 'title');
      await expectNoHorizontalScroll(page, 'title');
      await keepScreenshot(page, `title-${size.name}`);

      await page.getByRole('button', { name: 'New game' }).click();
      await expect(page.getByRole('heading', { name: 'Choose a level' })).toBeVisible();
      await expect(page.locator('.level-card')).toHaveCount(8);
      await expectAccessible(page, 'level select');
      await expectNoHorizontalScroll(page, 'level select');
      await keepScreenshot(page, `levels-${size.name}`);

      await page.getByRole('button', { name: 'Choose Arms-race sandbox' }).click();
      await expect(page.getByRole('heading', { name: /who plays/ })).toBeVisible();
      await expectAccessible(page, 'seat setup');
      await expectNoHorizontalScroll(page, 'seat setup');
      await keepScreenshot(page, `setup-${size.name}`);
    });

    test('the game screen', async ({ page }) => {
      await openGame(page, 'Arms-race sandbox');
      await expect(page.getByRole('button', { name: 'End turn' })).toBeVisible();
      await expectAccessible(page, 'game');
      await expectNoHorizontalScroll(page, 'game');
      await expectNothingClipped(page, 'game');
      await keepScreenshot(page, `game-${size.name}`);
    });
  });
}

test('the game screen after a bot quarter, when the cards carry trends and larger figures', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openGame(page, 'Arms-race sandbox');
  await page.getByRole('button', { name: 'End turn' }).click();
  await expect(page.getByText('quarter 2 of 32')).toBeVisible({ timeout: 60_000 });
  // The quarter may bring an event to answer, and its report opens by itself.
  for (let i = 0; i < 6; i++) {
    await pageSettled(page);
    const event = page.locator('#event-dialog[open]');
    if (await event.count()) await event.locator('button.primary').first().click();
    else if (await page.locator('#report-dialog[open]').count()) await page.keyboard.press('Escape');
    else break;
  }
  await expect(page.locator('.company-card .sparkline').first()).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await pageSettled(page);
    await expectNoHorizontalScroll(page, 'game');
    await expectNothingClipped(page, 'game');
  }
});

test('the final ranking', async ({ page }) => {
  await openGame(page, 'Tutorial: the compute crunch');
  const endTurn = page.getByRole('button', { name: 'End turn' });
  for (let quarter = 0; quarter < 8; quarter++) {
    await endTurn.click();
    if (quarter === 7) break;
    await expect(page.getByText(`quarter ${quarter + 2} of 8`)).toBeVisible();
    // The quarter's report opens by itself; it closes with Escape.
    await expect(page.getByRole('dialog', { name: /Quarter report/ })).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('heading', { name: /final ranking/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /OpenAI/ })).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectAccessible(page, 'ranking');
    await expectNoHorizontalScroll(page, 'ranking');
    await keepScreenshot(page, `ranking-${size.name}`);
  }
});

test('the saves list, the replay viewer and the hot-seat handover', async ({ page }) => {
  // Nine axe runs on three screens: more than the default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  await openGame(page, 'Tutorial: the compute crunch');
  await page.getByRole('button', { name: 'End turn' }).click();
  await expect(page.getByText('quarter 2 of 8')).toBeVisible();
  await expect(page.getByRole('dialog', { name: /Quarter report/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Watch the replay so far' }).click();
  await expect(page.locator('.replay-where')).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectAccessible(page, 'replay');
    await expectNoHorizontalScroll(page, 'replay');
    await expectNothingClipped(page, 'replay');
    await keepScreenshot(page, `replay-${size.name}`);
  }
  await page.getByRole('button', { name: '← Title' }).click();
  await page.getByRole('button', { name: 'Load a save' }).click();
  await expect(page.getByRole('heading', { name: 'Saved games' })).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectAccessible(page, 'saves');
    await expectNoHorizontalScroll(page, 'saves');
    await keepScreenshot(page, `saves-${size.name}`);
  }
  // Two people: the handover screen.
  await page.getByRole('button', { name: '← Title' }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Circular money' }).click();
  await page.getByLabel('Played by').nth(1).selectOption('human');
  await page.getByLabel('Name').nth(1).fill('Grace');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Pass the device to/ })).toBeVisible();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectAccessible(page, 'handover');
    await expectNoHorizontalScroll(page, 'handover');
    await keepScreenshot(page, `handover-${size.name}`);
  }
});
