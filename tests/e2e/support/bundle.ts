import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Bundles one TypeScript entry of the game (the rules, the bots) as a script that defines `globalName`,
 * to run in a blank page: no Phaser, no DOM, just the code under test in the browser's engine.
 */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    // Library mode leaves process.env alone; immer reads NODE_ENV, which a browser does not have.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(repoRoot, entry), formats: ['iife'], name: globalName, fileName: 'bundle' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const first = Array.isArray(output) ? output[0] : output;
  const chunk = first?.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`bundling ${entry} produced no chunk`);
  return chunk.code;
}
