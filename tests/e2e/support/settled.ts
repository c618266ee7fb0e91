import type { Page } from '@playwright/test';

/**
 * Waits until the page has caught up with the store: a bot's turn is shown in the task after it is
 * worked out, and a dialog opens after the next frame; #ui is aria-busy until both are done. Check
 * for a dialog only after this, or a check made in between would miss one about to open.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.locator('#ui:not([aria-busy])').waitFor({ state: 'attached' });
}
