import { expect, type Page, test } from '@playwright/test';
import { keepScreenshot } from './support/screens';
import { pageSettled } from './support/settled';

/**
 * Hot-seat: two people share the device. Between their turns the screen shows only "Pass the device
 * to …", and the next person never sees the last one's private screen — least of all the proposal
 * they were composing.
 */

test.use({ viewport: { width: 1366, height: 768 } });
test.setTimeout(120_000);

async function closeReport(page: Page) {
  await pageSettled(page);
  if (await page.locator('#report-dialog[open]').count()) await page.keyboard.press('Escape');
}

test('two people pass the device; the second never sees the first one’s proposal composer', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Arms-race sandbox' }).click();
  // OpenAI: Ada; Amazon: Grace; nobody else (the sandbox allows two seats).
  const playedBy = page.getByLabel('Played by');
  await page.getByLabel('Name').first().fill('Ada');
  await playedBy.nth(1).selectOption('empty');
  await playedBy.nth(2).selectOption('human');
  await page.getByLabel('Name').nth(1).fill('Grace');
  for (const i of [3, 4, 5]) await playedBy.nth(i).selectOption('empty');
  await page.getByRole('button', { name: 'Play', exact: true }).click();

  // Pass 1: to Ada. Nothing of the game shows until she confirms.
  const handover = page.getByRole('heading', { name: 'Pass the device to Ada' });
  await expect(handover).toBeVisible();
  await expect(page.getByRole('heading', { name: /Your moves/ })).toHaveCount(0);
  await keepScreenshot(page, 'hot-seat-handover');
  await page.getByRole('button', { name: 'I am Ada: show my screen' }).click();
  await expect(page.getByRole('heading', { name: 'Your moves as OpenAI' })).toBeVisible();

  // Ada composes a proposal to Grace's Amazon, a distinctive price, and leaves it unsent.
  await page.getByRole('button', { name: 'Negotiate a deal…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Negotiate a deal' });
  await dialog.getByLabel('Deal with').selectOption('aws');
  await dialog.getByLabel('Add a term you get').selectOption('computeCommitment');
  await dialog.getByRole('button', { name: 'Add the term you get' }).click();
  await dialog.getByLabel('Price per CU ($)').fill('4321');
  await expect(dialog.locator('#negotiation-verdict')).toContainText(/played by a person/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'End turn' }).click();

  // Pass 2: to Grace. Ada's draft is nowhere on the page, open or hidden.
  await expect(page.getByRole('heading', { name: 'Pass the device to Grace' })).toBeVisible();
  await expect(page.locator('#negotiation-dialog[open]')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('4321');
  await page.getByRole('button', { name: 'I am Grace: show my screen' }).click();
  await expect(page.getByRole('heading', { name: 'Your moves as Amazon Web Services' })).toBeVisible();
  await page.getByRole('button', { name: 'Negotiate a deal…' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Price per CU ($)')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('4321');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'End turn' }).click();

  // Pass 3: the quarter is over and it is Ada's turn again; her report waits behind the handover.
  await expect(page.getByRole('heading', { name: 'Pass the device to Ada' })).toBeVisible();
  await expect(page.locator('#report-dialog[open]')).toHaveCount(0);
  await page.getByRole('button', { name: 'I am Ada: show my screen' }).click();
  await closeReport(page);
  await expect(page.getByText('quarter 2 of 32')).toBeVisible();
});
