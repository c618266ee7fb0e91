// Finds the Chromium the browser tests run in. Shared by check-browser.mjs and the Playwright config
// so the check and the run can never disagree.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** How the tests and the benchmarks start Chromium, the same everywhere. */
export const CHROMIUM_ARGS = [
  // Headless machines have no GPU: Chromium 144+ only offers its software WebGL (SwiftShader) when asked.
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  // Tests run as root in CI containers, where Chromium's sandbox cannot start.
  '--no-sandbox',
  // Offline machines: stop Chromium's own update and sync calls from filling the log.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT =
  'No Chromium found for the browser tests: run `apt-get install chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.';

/**
 * CHROMIUM_PATH if set, else the system Chromium, else Playwright's own download.
 * @returns {{ path: string, source: string } | { path: null, problem: string }}
 */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit path that is wrong is an error, not a reason to quietly use another browser.
    return existsSync(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { path: null, problem: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist.` };
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { path: bundled, source: 'playwright' };
  return { path: null, problem: INSTALL_HINT };
}
