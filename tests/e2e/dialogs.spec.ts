import { expect, type Page, test } from '@playwright/test';
import { pageSettled } from './support/settled';

/**
 * A dialog is modal without making the page inert (see src/ui/dialog.ts for why): Tab and Shift+Tab
 * go round the dialog, a click beside it reaches nothing, Escape closes it, and the focus comes back
 * to the button that opened it.
 */

test.use({ viewport: { width: 1366, height: 768 } });

async function startSandbox(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Arms-race sandbox' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'End turn' }).waitFor();
  await pageSettled(page);
}

const focusInside = (page: Page, id: string) =>
  page.evaluate(
    (dialogId) => document.getElementById(dialogId)?.contains(document.activeElement) ?? false,
    id,
  );

test('a dialog keeps the focus, takes the clicks beside it, and gives the focus back', async ({ page }) => {
  await startSandbox(page);
  const opener = page.getByRole('button', { name: 'Menu' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Menu' });
  await expect(dialog).toBeVisible();
  await pageSettled(page);
  expect(await focusInside(page, 'quit-dialog')).toBe(true);

  // Round and round: however often Tab is pressed, either way, the focus never leaves the dialog.
  const reachable = await dialog.locator('button:visible, a:visible, input:visible, select:visible').count();
  expect(reachable).toBeGreaterThan(2);
  const seen = new Set<string>();
  for (let i = 0; i < reachable * 2 + 1; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(page, 'quit-dialog')).toBe(true);
    seen.add(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
  }
  expect(seen.size).toBe(reachable);
  for (let i = 0; i < reachable + 1; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(page, 'quit-dialog')).toBe(true);
  }

  // A click where "End turn" shows under the backdrop does not end the turn.
  const endTurn = page.locator('button.end-turn');
  const box = await endTurn.boundingBox();
  if (!box) throw new Error('End turn has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await pageSettled(page);
  await expect(dialog).toBeVisible();
  await expect(page.locator('.turn-bar__turn')).toContainText('Your turn');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await pageSettled(page);
  await expect(opener).toBeFocused();
  await expect(page.locator('.modal-backdrop:not([hidden])')).toHaveCount(0);
});
