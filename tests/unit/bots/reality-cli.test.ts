/** `npm run sim -- --reality`: bot games on the level that models each figure, as a table or JSON. */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RealityRow } from '../../../src/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function sim(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each case starts Node and tsx: seconds on a busy machine.
const CLI_TIMEOUT_MS = 60_000;

describe('sim --reality', () => {
  it(
    "prints one level's figures as JSON, the median of the games played",
    () => {
      const { code, out } = sim(['--reality', '--level', '38-billion-handshake', '--games', '2', '--json']);
      expect(code).toBe(0);
      const parsed = JSON.parse(out.trim().split('\n').at(-1) ?? '') as { games: number; rows: RealityRow[] };
      expect(parsed.games).toBe(2);
      expect(parsed.rows.map((r) => r.id)).toEqual([
        'aws-commitment',
        'amazon-investment',
        'microsoft-stake',
      ]);
      for (const row of parsed.rows) {
        expect(row.games).toBe(2);
        expect(row.source).toMatch(/Article|FACTS/);
      }
    },
    CLI_TIMEOUT_MS,
  );

  it('refuses a level that models no figure, in one sentence, with exit code 2', () => {
    const { code, err } = sim(['--reality', '--level', 'test-arena']);
    expect(code).toBe(2);
    expect(err.trim()).toMatch(
      /^No figure of the reality check is modelled by test-arena; the levels that model one are .+\.$/,
    );
  });
});
