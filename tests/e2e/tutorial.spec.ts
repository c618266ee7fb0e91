import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';

/**
 * The tutorial level played to its end with the keyboard alone: Tab to a control, Enter or Space to
 * press it, typing into fields, Escape to close. Every prompt is followed by doing what it asks, and the
 * prompt must move on by itself when the player has done it. No mouse event is sent.
 */

let problems: string[] = [];

test.beforeEach(async ({ page }) => {
  problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
});

test.afterEach(() => {
  expect(problems, 'the page logged errors').toEqual([]);
});

/** Presses Tab until the control has the focus; fails if Tab never reaches it. */
async function tabTo(page: Page, target: Locator, maxPresses = 250): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

const prompt = (page: Page) => page.getByRole('region', { name: 'Tutorial' });

async function expectStep(page: Page, n: number, text: RegExp) {
  await expect(prompt(page).getByText(`step ${n} of 7`, { exact: false })).toBeVisible();
  await expect(prompt(page)).toContainText(text);
}

/** Closes the quarter report that opens by itself when a quarter has resolved. */
async function readReport(page: Page, label: RegExp) {
  const report = page.getByRole('dialog', { name: label });
  await expect(report).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
}

async function startTutorial(page: Page) {
  await page.goto('/');
  await press(page, page.getByRole('button', { name: 'New game' }));
  await press(page, page.getByRole('button', { name: 'Choose Tutorial: the compute crunch' }));
  await press(page, page.getByRole('button', { name: 'Play' }));
  await expect(prompt(page)).toBeVisible();
}

test('the tutorial level, played to the final ranking by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await startTutorial(page);
  const actions = page.getByRole('region', { name: /Your moves/ });

  // Step 1 explains: a tooltip opens with Enter, is announced as expanded, and Escape closes it.
  await expectStep(page, 1, /You are OpenAI/);
  const cash = page.locator('.company-card--mine').getByRole('button', { name: 'Cash' });
  await tabTo(page, cash);
  await expect(cash).toHaveAccessibleDescription(/money a company has in the bank/);
  await page.keyboard.press('Enter');
  const popover = page.locator('.tip__pop:popover-open');
  await expect(popover).toHaveCount(1);
  await expect(popover).toContainText('The money a company has in the bank');
  await expect(cash).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  // A tip inside a heading leaves the heading's (and its section's) name alone.
  await expect(page.getByRole('heading', { name: 'Chip market', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Chip market', exact: true }).first()).toBeVisible();
  await press(page, prompt(page).getByRole('button', { name: 'Next' }));

  // Step 2: the split. The prompt outlines the control it means.
  await expectStep(page, 2, /set training to 40%/);
  await expect(page.locator('#ui')).toHaveAttribute('data-tutorial-target', 'compute/allocate');
  await press(page, actions.getByRole('button', { name: 'Split compute' }));
  await tabTo(page, page.getByLabel('Share for training (%)'));
  await page.keyboard.type('40');
  await press(page, actions.getByRole('button', { name: 'Set the split' }));

  // Step 3: "Show me" puts the focus on the control, so Enter opens it.
  await expectStep(page, 3, /Build a 150 MW data center/);
  await press(page, prompt(page).getByRole('button', { name: 'Show me' }));
  await expect(actions.getByRole('button', { name: 'Build a data center' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Size (MW)'));
  await page.keyboard.type('150');
  await press(page, actions.getByRole('button', { name: 'Build', exact: true }));

  // Step 4: B200 chips for the new site (the second chip, the second site), chosen with the arrow keys.
  await expectStep(page, 4, /Order B200 chips/);
  await press(page, actions.getByRole('button', { name: 'Order chips' }));
  await tabTo(page, page.getByLabel('Chip', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Chip', { exact: true })).toHaveValue('b200');
  await tabTo(page, page.getByLabel('How many (thousands of chips)'));
  await page.keyboard.type('50');
  await tabTo(page, page.getByLabel('Install in'));
  await page.keyboard.press('ArrowDown');
  await press(page, actions.getByRole('button', { name: 'Order', exact: true }));

  // Step 5: end the turn; the quarter report opens by itself.
  await expectStep(page, 5, /End the turn/);
  await press(page, page.getByRole('button', { name: 'End turn' }));
  await readReport(page, /Quarter report: 2025 Q1/);

  // Step 6 waits for a proposal to AWS. Until the negotiation screen can be driven here, the prompt's
  // own "Skip this step" is the keyboard's way on; the step must not move on by itself.
  await expectStep(page, 6, /propose a compute commitment/);
  await press(page, prompt(page).getByRole('button', { name: 'Skip this step' }));

  // Step 7 waits for the next "End turn", not the one that finished step 5.
  await expectStep(page, 7, /Watch the revenue line/);
  await press(page, page.getByRole('button', { name: 'End turn' }));
  await readReport(page, /Quarter report: 2025 Q2/);
  await expect(prompt(page)).toContainText('Tutorial complete');
  await press(page, prompt(page).getByRole('button', { name: 'Close the tutorial' }));
  await expect(prompt(page)).toHaveCount(0);

  // The remaining quarters: end each turn and read each report, to the final ranking.
  for (const label of ['2025 Q3', '2025 Q4', '2026 Q1', '2026 Q2', '2026 Q3']) {
    await press(page, page.getByRole('button', { name: 'End turn' }));
    await readReport(page, new RegExp(`Quarter report: ${label}`));
  }
  await press(page, page.getByRole('button', { name: 'End turn' }));
  await expect(page.getByRole('heading', { level: 1, name: /final ranking/ })).toBeVisible();
});

test('the tutorial can be left and resumed at the step reached', async ({ page }) => {
  await startTutorial(page);
  await press(page, prompt(page).getByRole('button', { name: 'Next' }));
  await expectStep(page, 2, /set training/);
  await press(page, prompt(page).getByRole('button', { name: 'Leave tutorial' }));
  await expect(page.locator('#ui')).not.toHaveAttribute('data-tutorial-target', /./);
  await press(page, prompt(page).getByRole('button', { name: 'Resume tutorial' }));
  await expectStep(page, 2, /set training/);
});

test('the report steps to earlier quarters, and the help screens pass axe', async ({ page }) => {
  test.setTimeout(60_000);
  await startTutorial(page);
  const axe = (include: string) =>
    new AxeBuilder({ page })
      .include(include)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
  const serious = (result: Awaited<ReturnType<typeof axe>>) =>
    result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);

  expect(serious(await axe('.tutorial'))).toEqual([]);
  for (const label of ['2025 Q1', '2025 Q2']) {
    await press(page, page.getByRole('button', { name: 'End turn' }));
    await readReport(page, new RegExp(`Quarter report: ${label}`));
  }
  await press(page, page.getByRole('button', { name: 'Last report' }));
  const report = page.getByRole('dialog', { name: /Quarter report: 2025 Q2/ });
  await expect(report).toBeVisible();
  await expect(
    report.getByRole('img', { name: /OpenAI cash over 2 quarters: (up|down|unchanged), from \$20B/ }),
  ).toBeVisible();
  expect(serious(await axe('#report-dialog'))).toEqual([]);
  await press(page, report.getByRole('button', { name: '← Earlier quarter' }));
  await expect(page.getByRole('dialog', { name: /Quarter report: 2025 Q1/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await press(page, page.getByRole('button', { name: 'Glossary' }));
  const glossary = page.getByRole('dialog', { name: 'Glossary' });
  await tabTo(page, glossary.getByLabel('Find a term'));
  await page.keyboard.type('dilut');
  // dilution, debt ("keeps owners from being diluted"), emergency raise, owners' value
  await expect(glossary.locator('[data-term]:visible')).toHaveCount(4);
  expect(serious(await axe('#glossary-dialog'))).toEqual([]);
  await page.keyboard.press('Escape'); // clears the search box
  await page.keyboard.press('Escape'); // closes the dialog
  await expect(glossary).toBeHidden();

  await press(page, page.getByRole('button', { name: 'Menu' }));
  await press(page, page.getByRole('button', { name: 'How to play' }));
  await expect(page.getByRole('heading', { level: 1, name: 'How to play' })).toBeVisible();
  expect(serious(await axe('.help-screen'))).toEqual([]);
  await press(page, page.getByRole('button', { name: '← Back' }).first());
  await expect(prompt(page)).toBeVisible();
});

test('an event’s choice blocks the turn until it is answered, by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  // Regulators at the gate, seed 1, the default seats: the EU AI Act reaches OpenAI in the third
  // quarter when it only ends its turns (found by playing the same actions through the store in Node).
  await page.goto('/');
  await press(page, page.getByRole('button', { name: 'New game' }));
  await press(page, page.getByRole('button', { name: 'Choose Regulators at the gate' }));
  await tabTo(page, page.getByLabel('Seed'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1');
  await press(page, page.getByRole('button', { name: 'Play' }));
  await press(page, page.getByRole('checkbox', { name: 'Watch bots’ moves' }), 'Space');

  for (const label of ['2025 Q1', '2025 Q2']) {
    await press(page, page.getByRole('button', { name: 'End turn' }));
    await readReport(page, new RegExp(`Quarter report: ${label}`));
  }
  const event = page.getByRole('dialog', { name: 'The EU AI Act bites' });
  await expect(event).toBeVisible();
  await expect(event).toContainText('Source: FACTS: EU AI Act');
  await expect(event.getByRole('heading', { name: 'How does OpenAI meet the new duties?' })).toBeVisible();
  // Each option says what it does before it is chosen.
  await expect(event.locator('.event-option')).toHaveCount(2);
  for (const effects of await event.getByRole('list', { name: 'What happens' }).all())
    await expect(effects.getByRole('listitem').first()).toBeVisible();
  // It cannot be dismissed: Escape leaves it open, and the turn cannot end.
  await page.keyboard.press('Escape');
  await expect(event).toBeVisible();
  await expect(event).toContainText('2 decisions wait for an answer');
  await press(page, event.getByRole('button', { name: 'Choose: Do the minimum' }));
  await expect(event).toBeHidden();

  // The same quarter's antitrust inquiry comes next, with the focus on its text, not on a button.
  const inquiry = page.getByRole('dialog', { name: 'Antitrust inquiry' });
  await expect(inquiry).toBeVisible();
  await expect(inquiry.locator('.event-text')).toBeFocused();
  await press(page, inquiry.getByRole('button', { name: 'Choose: Comply and open the books' }));
  await expect(inquiry).toBeHidden();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeEnabled();
  // The focus comes back to where it was before the report and the two events: the turn's status.
  await expect(page.locator('#turn-status')).toBeFocused();
});
