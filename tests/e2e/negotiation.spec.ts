import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * The negotiation screen, as a player uses it: OpenAI (the human seat of the sandbox) asks Amazon Web
 * Services for take-or-pay compute, reads the bot's live answer as the price changes, asks "What would
 * it take?", proposes, and finds the signed deal in the ledger.
 */

let problems: string[] = [];

test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Choose Arms-race sandbox' }).click();
  // A known seed: with a fresh one, a bot may also send OpenAI a proposal in the first quarter.
  await page.getByLabel('Seed').fill('7');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your moves as OpenAI' })).toBeVisible();
});

test.afterEach(() => {
  expect(problems, 'the page logged errors').toEqual([]);
});

async function composeComputeWithAws(page: Page) {
  await page.getByRole('button', { name: 'Negotiate a deal…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Negotiate a deal' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Deal with').selectOption('aws');
  await dialog.getByLabel('Add a term you get').selectOption('computeCommitment');
  await dialog.getByRole('button', { name: 'Add the term you get' }).click();
  // The new term's first field has the focus, so the keyboard carries on from the Add button.
  await expect(dialog.getByLabel('CU per quarter')).toBeFocused();
  return dialog;
}

test('compose a compute commitment, read the live answer, ask what it would take, and sign', async ({
  page,
}) => {
  const dialog = await composeComputeWithAws(page);
  const verdict = dialog.locator('#negotiation-verdict');
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  const price = dialog.getByLabel('Price per CU ($)');

  await price.fill('1');
  await expect(verdict).toContainText('Amazon Web Services: Would counter');
  await expect(verdict).toContainText(/Countering: .*we offer \$[\d,]+ per CU/);
  await expect(dialog.getByText(/OpenAI: cash .*compute \+400k CU over 4 quarters/)).toBeVisible();

  await dialog.getByRole('button', { name: 'What would it take?' }).click();
  await expect(verdict).toContainText('Would accept');
  const asked = Number(await price.inputValue());
  expect(asked).toBeGreaterThan(1);

  await dialog.getByRole('button', { name: 'Propose' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    /Amazon Web Services accepted deal #\d+; it is in the deal ledger/,
  );
  await dialog.getByRole('button', { name: 'Close Negotiate a deal' }).click();
  await expect(dialog).toBeHidden();
  const ledger = page.getByRole('region', { name: /Deal ledger/ });
  await expect(ledger).toContainText('OpenAI ⇄ Amazon Web Services');
  await expect(ledger).toContainText(`100,000 CU a quarter for 4 quarters`);
});

test('compute bought forward: the start is typed, the schedule waits for it, and the ledger says when it begins', async ({
  page,
}) => {
  const dialog = await composeComputeWithAws(page);
  const start = dialog.getByLabel(/^Starts in/);
  await expect(start).toHaveValue('0');
  await start.fill('4');
  // Nothing arrives before 2026 Q1: the side summary names the start.
  await expect(
    dialog.getByText(/OpenAI: cash −\$[\d.]+B, compute \+400k CU over 4 quarters from 2026 Q1/),
  ).toBeVisible();
  await start.fill('17');
  await expect(dialog.getByText('The start must be from 0 to 16.').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Propose' })).toBeDisabled();
  await start.fill('4');
  // A stingy price, then the bot's own: its counters reach a price it takes, and keep the start.
  const price = dialog.getByLabel('Price per CU ($)');
  await price.fill('1');
  await dialog.getByRole('button', { name: 'What would it take?' }).click();
  await expect(dialog.locator('#negotiation-verdict')).toContainText('Would accept');
  await expect(start).toHaveValue('4');
  expect(Number(await price.inputValue())).toBeGreaterThan(1);
  await dialog.getByRole('button', { name: 'Propose' }).click();
  await expect(dialog.getByRole('status')).toContainText(/Amazon Web Services accepted deal #\d+/);
  await page.keyboard.press('Escape');
  const ledger = page.getByRole('region', { name: /Deal ledger/ });
  await expect(ledger).toContainText('100,000 CU a quarter for 4 quarters from 2026 Q1');
  await expect(ledger).toContainText('runs to 2026 Q4');
});

test('a number that does not parse gets a sentence beside it and nothing can be proposed', async ({
  page,
}) => {
  const dialog = await composeComputeWithAws(page);
  const cu = dialog.getByLabel('CU per quarter');
  await cu.fill('12x');
  await expect(cu).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('The CU per quarter must be a whole number.').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Propose' })).toBeDisabled();
  // More than AWS has to sell: the rules' own sentence, and Propose stays disabled.
  await cu.fill('900000000');
  await expect(dialog.locator('#negotiation-refusal')).toContainText('CU a quarter not yet committed');
  await expect(dialog.getByRole('button', { name: 'Propose' })).toBeDisabled();
  await cu.fill('100000');
  await expect(dialog.getByRole('button', { name: 'Propose' })).toBeEnabled();
});

test('the negotiation dialog has no serious accessibility problem and fits a tablet', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const dialog = await composeComputeWithAws(page);
  await dialog.getByLabel('Add a term you give').selectOption('exclusivity');
  await dialog.getByRole('button', { name: 'Add the term you give' }).click();
  await expect(dialog.getByText(/adds \+30 a quarter/).first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include('#negotiation-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const overflow = await dialog.evaluate((d) => d.scrollWidth > d.clientWidth);
  expect(overflow).toBe(false);
});

test('a stingy offer is countered: the rounds show, the counter waits in the proposals, and can be accepted', async ({
  page,
}) => {
  const dialog = await composeComputeWithAws(page);
  await dialog.getByLabel('Price per CU ($)').fill('1');
  await dialog.getByRole('button', { name: 'Propose' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    /Amazon Web Services countered with deal #\d+ \(round 2\)/,
  );
  const history = dialog.getByRole('region', { name: 'History of this negotiation' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Round 1' })).toContainText('OpenAI proposed');
  await expect(history.getByRole('listitem').filter({ hasText: 'Round 2' })).toContainText(
    'Amazon Web Services proposed',
  );
  await expect(dialog.getByRole('button', { name: 'Send counter-offer' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const proposals = page.getByRole('region', { name: 'Proposals' });
  await expect(proposals).toContainText(/from Amazon Web Services/);
  await expect(proposals).toContainText(/Their reason: Countering: /);
  // The counter from Amazon (another bot may have sent a proposal of its own this quarter).
  await proposals
    .getByRole('listitem')
    .filter({ hasText: /Their reason: Countering: / })
    .getByRole('button', { name: 'Counter…' })
    .first()
    .click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Accept it as offered' }).click();
  await expect(dialog.getByRole('status')).toContainText('OpenAI accepted deal #');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /Deal ledger/ })).toContainText(
    'Amazon Web Services ⇄ OpenAI',
  );
  await expect(proposals).toContainText('No open proposal');
});
