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

/**
 * Panels and company cards contain their paint (styles.css: content-visibility), so anything wider than
 * its box is cut off rather than overflowing: no element in one may reach past its edges, except inside
 * a region that scrolls. Lists what sticks out, by container and text.
 */
export async function expectNothingClipped(page: Page, screen: string): Promise<void> {
  const clipped = await page.evaluate(() => {
    const out: string[] = [];
    for (const box of document.querySelectorAll<HTMLElement>('#ui .panel, #ui .company-card')) {
      const edge = box.getBoundingClientRect();
      for (const el of box.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('.table-scroll, .visually-hidden') || el.getClientRects().length === 0) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || (r.right <= edge.right + 0.5 && r.left >= edge.left - 0.5)) continue;
        const where = box.getAttribute('aria-labelledby') ?? box.className;
        out.push(
          `${where}: "${(el.textContent ?? '').trim().slice(0, 40)}" by ${Math.ceil(r.right - edge.right)} px`,
        );
      }
      for (const region of box.querySelectorAll<HTMLElement>('.table-scroll'))
        if (region.scrollWidth > region.clientWidth + 1)
          out.push(`${box.getAttribute('aria-labelledby')}: its table needs sideways scrolling`);
    }
    return [...new Set(out)].slice(0, 10);
  });
  expect(clipped, `content cut off at the edge of a panel on the ${screen} screen`).toEqual([]);
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
