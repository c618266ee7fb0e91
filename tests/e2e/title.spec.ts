import { expect, test } from '@playwright/test';
import { readPixelStats } from './support/canvas-pixels';

/** Thresholds a drawn title screen clears easily and an empty frame cannot (see the control test). */
const MIN_COLOURS = 50;
const MIN_DRAWN_SHARE = 0.5;
const MIN_TITLE_PIXELS = 2000;

let problems: string[] = [];

test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto('/');
  // Set by src/main.ts when the title scene has drawn its first layout.
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'title');
});

test.afterEach(() => {
  expect(problems, 'the page logged errors').toEqual([]);
});

test('boots Phaser on WebGL and draws the title screen', async ({ page }) => {
  await expect(page.locator('#game canvas')).toHaveCount(1);
  const renderer = await page.evaluate(() => {
    const game = window.__HYPERSCALE__?.game;
    const gl = (game?.renderer as { gl?: unknown } | undefined)?.gl;
    return {
      type: game?.config.renderType,
      webgl: gl instanceof WebGLRenderingContext || gl instanceof WebGL2RenderingContext,
    };
  });
  expect(renderer).toEqual({ type: 2 /* Phaser.WEBGL */, webgl: true });

  const stats = await readPixelStats(page, 'game');
  expect(stats.width).toBeGreaterThan(0);
  expect(stats.distinctColours).toBeGreaterThanOrEqual(MIN_COLOURS);
  expect(stats.drawnShare).toBeGreaterThanOrEqual(MIN_DRAWN_SHARE);
  expect(stats.brightPixelsTop).toBeGreaterThanOrEqual(MIN_TITLE_PIXELS);
});

test('the blank-canvas control fails the same thresholds', async ({ page }) => {
  const blank = await readPixelStats(page, 'blank-control');
  expect(blank.distinctColours).toBeLessThan(MIN_COLOURS);
  expect(blank.drawnShare).toBeLessThan(MIN_DRAWN_SHARE);
  expect(blank.brightPixelsTop).toBeLessThan(MIN_TITLE_PIXELS);
});

test('names the game for screen readers as well as on the canvas', async ({ page }) => {
  await expect(page).toHaveTitle('Hyperscale');
  await expect(page.getByRole('heading', { level: 1, name: 'Hyperscale' })).toBeAttached();
});

test('offers the main menu as buttons a keyboard can reach', async ({ page }) => {
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  for (const name of ['New game', 'How to play', 'Load a save', 'Classroom mode']) {
    await expect(menu.getByRole('button', { name })).toBeVisible();
  }

  await page.keyboard.press('Tab');
  const first = menu.getByRole('button', { name: 'New game' });
  await expect(first).toBeFocused();
  // The focus ring must actually show, not just exist in the DOM.
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');

  await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: 'How to play' })).toBeFocused();
});

test('carries the disclaimer on the title screen', async ({ page }) => {
  await expect(page.getByText(/simulation based on press reports.*not affiliated/)).toBeVisible();
});

test('an item that belongs to later work says what it will do and how to do it today', async ({ page }) => {
  const status = page.locator('.title-menu__status');
  await expect(status).toBeHidden();

  await page.getByRole('button', { name: 'Classroom mode' }).click();
  await expect(status).toBeVisible();
  await expect(status).toHaveText(/^Classroom mode is next: .*same seed/);

  // Keyboard activation works the same way.
  await page.getByRole('button', { name: 'Load a save' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/npm run replay/);
});
