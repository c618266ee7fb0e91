// Run before the browser tests: with no Chromium, fail with one line that says how to get one,
// instead of letting Playwright skip or bury the reason in a stack trace.
import { findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found.path === null) {
  console.error(found.problem);
  process.exit(1);
}
