import { defineConfig } from 'vitest/config';

// `npm start` and the browser tests serve the production build with `vite preview`.
// PORT/HOST are read here so `vite preview` alone behaves the same as `npm start`.
const previewPort = Number(process.env.PORT ?? 4173);
const previewHost = process.env.HOST ?? '127.0.0.1';

export default defineConfig({
  // Everything in assets/ is copied to the site root as-is (original or CC0 files only, see assets/LICENSE.md).
  publicDir: 'assets',
  build: {
    target: 'es2022',
    // Phaser alone is ~1.2 MB minified; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser changes rarely and our code changes often: keep it in its own chunk so a
        // new release of the game does not make returning players download the engine again.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  preview: {
    port: previewPort,
    host: previewHost,
  },
  test: {
    // Browser tests live in tests/e2e and run under Playwright, never under vitest.
    include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts', 'tests/scenario/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/property/fast-check-setup.ts'],
  },
});
