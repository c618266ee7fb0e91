// `npm start`: build the game if dist/ is missing or older than its sources, then serve the
// production build with `vite preview` on PORT (default 4173) and HOST (default 127.0.0.1).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
// Everything that ends up in dist/. A change to any of them means the build is stale.
const INPUTS = ['src', 'assets', 'levels', 'index.html', 'vite.config.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file, or of any file under a folder; 0 if absent. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true })) {
    newest = Math.max(newest, statSync(join(path, String(entry))).mtimeMs);
  }
  return newest;
}

const builtAt = newestMtime(join(root, 'dist', 'index.html'));
const sourcesAt = Math.max(...INPUTS.map((p) => newestMtime(join(root, p))));
if (builtAt === 0 || builtAt < sourcesAt) {
  console.log(
    builtAt === 0 ? 'No build yet: building…' : 'Sources changed since the last build: rebuilding…',
  );
  await build({ root, logLevel: 'warn' });
}

// Port and host come from vite.config.ts, which reads PORT and HOST.
const server = await preview({ root });
const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0];
console.log(`\nHyperscale is running at ${url}  (Ctrl+C to stop)`);
