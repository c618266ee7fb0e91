import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { repoRoot } from './bundle';

/** The three screen sizes every screen must work at: a classroom laptop, a projector, a tablet. */
export const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

export const SHOTS_DIR = resolve(repoRoot, 'tests/e2e/.results/screens');

/** WCAG 2.x A and AA: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  expect(bad, `axe-core on the ${screen} screen`).toEqual([]);
}

/** The overlay may scroll down on a small screen, never sideways. */
export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const ui = document.getElementById('ui') as HTMLElement;
    return {
      ui: ui.scrollWidth - ui.clientWidth,
      page: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  expect(overflow, `horizontal overflow on the ${screen} screen`).toEqual({ ui: 0, page: 0 });
}

/** Keeps a screenshot of the screen as a test artifact. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS_DIR, `${name}.png`) });
  await test.info().attach(name, { path: resolve(SHOTS_DIR, `${name}.png`), contentType: 'image/png' });
}

export async function openGame(page: Page, levelTitle: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: `Choose ${levelTitle}` }).click();
  await page.getByRole('button', { name: 'Play' }).click();
}
