import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';

/**
 * Browser tests run against the production build (`npm run build` first; `npm test` does it)
 * served by `vite preview`, in a system Chromium when there is one.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Not 4173, so the tests never talk to a game someone is playing with `npm start`.
const port = Number(process.env.E2E_PORT ?? 4199);
const browser = findBrowser();

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Traces of failed tests; kept inside tests/ (git-ignored) so the top level stays the design card's.
  outputDir: resolve(repoRoot, 'tests/e2e/.results'),
  // Software WebGL is CPU-heavy and the CI machine has 2 cores.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: {
      // null: Playwright's own download; check-browser.mjs has already failed the run if there is none.
      ...(browser.path ? { executablePath: browser.path } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: repoRoot,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
