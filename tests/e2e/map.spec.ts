import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type Area, changedPixels, readAreaStats } from './support/area-pixels';
import { repoRoot } from './support/bundle';

/** Thresholds a drawn map clears easily and an empty frame cannot (see the control test). */
const MIN_COLOURS = 30;
const MIN_DRAWN_SHARE = 0.9;

const sandbox = JSON.parse(readFileSync(resolve(repoRoot, 'levels/arms-race-sandbox.json'), 'utf8')) as {
  regions: { name: string }[];
};

let problems: string[] = [];

async function startSandbox(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'title');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Arms-race sandbox' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  // Set by src/main.ts once the map scene has drawn the level's map.
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'map');
}

/** The slot's box less a few pixels: its border is DOM, drawn over the canvas. */
async function slotArea(page: Page): Promise<Area> {
  const box = await page.locator('#map-slot').boundingBox();
  if (!box) throw new Error('#map-slot is not on the page');
  return { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 };
}

test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Construction animates otherwise; still frames make the before/after comparison exact.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await startSandbox(page);
});

test.afterEach(() => {
  expect(problems, 'the page logged errors').toEqual([]);
});

/** The canvas element's box on the page. */
async function canvasBox(page: Page) {
  const box = await page.locator('#game canvas').boundingBox();
  if (!box) throw new Error('the canvas is not on the page');
  return box;
}

test('draws the map inside #map-slot, on a canvas no larger than the slot', async ({ page }) => {
  const slot = await slotArea(page);
  const inside = await readAreaStats(page, slot);
  expect(inside.distinctColours).toBeGreaterThanOrEqual(MIN_COLOURS);
  expect(inside.drawnShare).toBeGreaterThanOrEqual(MIN_DRAWN_SHARE);

  // The canvas covers the slot inside its 1px border and nothing beside it: a software renderer's frame
  // costs in proportion to the canvas's pixels (src/render/canvas-placement.ts).
  const outer = await page.locator('#map-slot').boundingBox();
  const canvas = await canvasBox(page);
  if (!outer) throw new Error('#map-slot is not on the page');
  expect(canvas.x).toBeCloseTo(outer.x + 1, 0);
  expect(canvas.y).toBeCloseTo(outer.y + 1, 0);
  expect(canvas.width).toBeCloseTo(outer.width - 2, 0);
  expect(canvas.height).toBeCloseTo(outer.height - 2, 0);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  expect(canvas.width * canvas.height).toBeLessThan((viewport.width * viewport.height) / 2);
});

/** The Phaser loop: whether it is drawing frames, and how many it has drawn. */
const loop = (page: Page) =>
  page.evaluate(() => {
    const game = window.__HYPERSCALE__?.game;
    return { running: game?.loop.running ?? true, frame: game?.loop.frame ?? -1 };
  });

/**
 * Waits until the loop is asleep, and settled: its flag can turn false while its last step is still to
 * run, so the frame count must also hold still for a while before it is a baseline. Returns that count.
 */
async function loopAsleep(page: Page): Promise<number> {
  let asleep = -1;
  await expect
    .poll(
      async () => {
        const before = await loop(page);
        await page.waitForTimeout(250);
        const after = await loop(page);
        asleep = after.frame;
        return !before.running && !after.running && before.frame === after.frame;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return asleep;
}

test('the canvas moves with the slot as the overlay scrolls, without drawing a frame', async ({ page }) => {
  // A tablet's screen scrolls the game screen; the slot moves and the canvas must stay on it.
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect.poll(async () => (await canvasBox(page)).width).toBeLessThan(768);
  const asleep = await loopAsleep(page);
  const before = await canvasBox(page);
  await page.locator('#ui').evaluate((ui) => ui.scrollBy(0, 200));
  await expect
    .poll(async () => {
      const outer = await page.locator('#map-slot').boundingBox();
      const canvas = await canvasBox(page);
      return outer ? Math.round(canvas.y - outer.y) : null;
    })
    .toBe(1);
  expect((await canvasBox(page)).y).toBeLessThan(before.y - 100);
  // Moving the canvas is a style change: the sleeping loop drew nothing for it.
  expect((await loop(page)).frame).toBe(asleep);
  const inside = await readAreaStats(page, await slotArea(page));
  expect(inside.drawnShare).toBeGreaterThanOrEqual(MIN_DRAWN_SHARE);
});

test('the blank-canvas control fails the same thresholds', async ({ page }) => {
  const blank = await readAreaStats(page, await slotArea(page), 'blank-control');
  expect(blank.distinctColours).toBeLessThan(MIN_COLOURS);
  expect(blank.drawnShare).toBeLessThan(MIN_DRAWN_SHARE);
});

test("lists the level's regions in the map's DOM twin, for screen readers", async ({ page }) => {
  await expect(page.locator('#game')).toHaveAttribute('aria-hidden', 'true');
  const list = page.getByRole('list', { name: 'Regions' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(sandbox.regions.map((r) => r.name));
  const virginia = list
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Northern Virginia' }) });
  await expect(virginia).toContainText('1,900 MW left of 3,000 MW');
  await expect(virginia.getByRole('list', { name: 'Data centers in Northern Virginia' })).toContainText(
    'Microsoft Azure: 500 MW, operating',
  );
});

test('a new data center appears on the map and in its twin', async ({ page }) => {
  const slot = await slotArea(page);
  await readAreaStats(page, slot, 'game', 'before');
  await readAreaStats(page, slot, 'game', 'again');
  // Control: with nothing done, two frames of the map are the same, so a change below is real.
  expect(await changedPixels(page, 'before', 'again')).toBe(0);

  await buildInGulf(page);
  const gulf = page.getByRole('list', { name: 'Data centers in Gulf states' });
  await expect(gulf).toContainText(/OpenAI: 400 MW, in permits, online at the end of \d{4} Q[1-4]/);
  await expect
    .poll(async () => {
      await readAreaStats(page, slot, 'game', 'after');
      return changedPixels(page, 'before', 'after');
    })
    .toBeGreaterThan(100);
});

test('the canvas sleeps through a move that changes nothing on the map, and wakes for one that does', async ({
  page,
}) => {
  // A projector's screen holds the form, and the move is sent by keyboard, so nothing scrolls or resizes.
  await page.setViewportSize({ width: 1920, height: 1080 });
  const training = () => page.evaluate(() => window.hyperscale?.state()?.companies.openai?.trainingShareBp);
  const actions = page.getByRole('region', { name: /^Your moves as/ });
  await actions.getByRole('button', { name: 'Split compute' }).click();
  await page.getByLabel('Share for training (%)').fill('35');
  const asleep = await loopAsleep(page);
  // Enter sends the form from the field: a click would first scroll the button into view.
  await page.keyboard.press('Enter');
  await expect(page.locator('#ui')).not.toHaveAttribute('aria-busy');
  await page.waitForTimeout(500);
  // The split is in the game, and the map drew no frame for it.
  expect(await training()).toBe(3500);
  expect(await loop(page)).toEqual({ running: false, frame: asleep });

  // Control: a new data center does wake it, so the check above could fail.
  await buildInGulf(page);
  await expect.poll(async () => (await loop(page)).frame).toBeGreaterThan(asleep);
});

/** Tweens running in the map scene: construction's growth and the quarter's pulse. */
const mapTweens = (page: Page) =>
  page.evaluate(() => window.__HYPERSCALE__?.game.scene.getScene('map')?.tweens.getTweens().length ?? -1);

async function buildInGulf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Build a data center' }).click();
  await page.getByLabel('Region', { exact: true }).selectOption('gulf');
  await page.getByLabel('Size (MW)').fill('400');
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Data centers in Gulf states' })).toContainText(
    'OpenAI: 400 MW',
  );
}

test('construction animates, and a key press skips it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // Slow the scene's clock so the animation is still running when the test looks at it.
  await page.evaluate(() => {
    const scene = window.__HYPERSCALE__?.game.scene.getScene('map');
    if (scene) scene.tweens.timeScale = 0.01;
  });
  await buildInGulf(page);
  await expect.poll(() => mapTweens(page)).toBe(1);
  await page.keyboard.press('Shift');
  await expect.poll(() => mapTweens(page)).toBe(0);
});

test('construction does not animate when the player asks for reduced motion', async ({ page }) => {
  await page.evaluate(() => {
    const scene = window.__HYPERSCALE__?.game.scene.getScene('map');
    if (scene) scene.tweens.timeScale = 0.01;
  });
  await buildInGulf(page);
  await page.waitForTimeout(300);
  expect(await mapTweens(page)).toBe(0);
});

test('the regions twin passes axe-core (WCAG 2 A and AA)', async ({ page }) => {
  const results = await new AxeBuilder({ page })
    .include('.regions')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('leaving the game brings back the skyline', async ({ page }) => {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Leave the game' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'title');
  // The skyline is the menus' backdrop: the canvas has the whole window again.
  const viewport = page.viewportSize();
  const canvas = await canvasBox(page);
  expect([canvas.x, canvas.y, canvas.width, canvas.height]).toEqual([
    0,
    0,
    viewport?.width,
    viewport?.height,
  ]);
});

test('reading the rules mid-game shows the skyline, and coming back redraws the map', async ({ page }) => {
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'How to play' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'title');
  await page.getByRole('button', { name: 'Back' }).first().click();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'map');
  const inside = await readAreaStats(page, await slotArea(page));
  expect(inside.drawnShare).toBeGreaterThanOrEqual(MIN_DRAWN_SHARE);
});
