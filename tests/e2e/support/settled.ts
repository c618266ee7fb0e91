import type { Page } from '@playwright/test';

/**
 * Waits until the page has caught up with the store: the DOM is redrawn, and a dialog opened, in tasks
 * of their own after the change, and #ui is aria-busy until both are done. Check for a dialog only
 * after this, or a check made in between would miss one about to open.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.locator('#ui:not([aria-busy])').waitFor({ state: 'attached' });
}
