import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-run';

const scratch = mkdtempSync(join(tmpdir(), 'hyperscale-replay-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = runCli;
const oneLine = (text: string) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

const good = join(scratch, 'good.json');
let finalHash = '';

beforeAll(() => {
  const sim = run('sim', ['--level', 'circular-money', '--seed', '3', '--out', good]);
  expect(sim.code).toBe(0);
  finalHash = sim.out.match(/final state hash ([0-9a-f]{16})/)?.[1] ?? '';
}, 60_000);

describe('npm run replay', { timeout: 60_000 }, () => {
  it('--verify exits 0 when every quarter matches', () => {
    const { code, out } = run('replay', [good, '--verify']);
    expect(code).toBe(0);
    expect(out).toContain(`every quarter matched its checkpoint. Final state hash: ${finalHash}.`);
  });

  it('--verify exits 1 with the first divergence when an action was changed', () => {
    const save = JSON.parse(readFileSync(good, 'utf8'));
    const index = save.actions.findIndex((a: { type: string }) => a.type === 'compute/allocate');
    save.actions[index].trainingBp = save.actions[index].trainingBp === 1000 ? 2000 : 1000;
    const tampered = join(scratch, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(save));
    const { code, err, out } = run('replay', [tampered, '--verify']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(oneLine(err)).toBe(true);
    expect(err).toMatch(/does not replay: The replay diverged at \d{4} Q\d/);
  });

  it('--quarter prints the standings at the end of that quarter', () => {
    const { code, out } = run('replay', [good, '--quarter', '2']);
    expect(code).toBe(0);
    expect(out).toMatch(/Standings at the end of 2025 Q4:\n1\. /);
    expect(out).not.toMatch(/2026 Q1/);
  });

  it('--json prints every quarter’s figures', () => {
    const { code, out } = run('replay', [good, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.quarters).toHaveLength(12);
    expect(parsed.finalHash).toBe(finalHash);
    expect(parsed.quarters[0].companies[0]).toMatchObject({ id: 'openai', valuationM: expect.any(Number) });
  });

  it('--link prints a share link, and the link is read in place of a file', () => {
    const link = run('replay', [good, '--link']).out.trim();
    expect(link).toMatch(/^h1\.[A-Za-z0-9_-]+$/);
    const fromLink = run('replay', [`https://example.org/#replay=${link}&q=3`, '--verify']);
    expect(fromLink.code).toBe(0);
    expect(fromLink.out).toContain(finalHash);
  });

  it.each([
    [[], /^Give one save file or share link\./],
    [['a.json', 'b.json'], /^Give one save file or share link\./],
    [['--colour'], /^Unknown option '--colour'\. Usage/],
    [['GOOD', '--quarter', 'x'], /^--quarter must be a whole number from 1 \(got "x"\)\.$/],
    [['GOOD', '--quarter', '40'], /^--quarter must be from 1 to 12: this save covers 12 quarters\.$/],
    [[`${'x'.repeat(200)}.json`], /^There is no file x{39}…\.$/],
    [
      ['h1.@@@'],
      /^This share link is not a Hyperscale game: it contains characters a link of the game never has\.$/,
    ],
    [[scratch], /is a folder, not a save file\.$/],
  ])('%j: one line, exit 2', (args, message) => {
    const { code, err } = run(
      'replay',
      args.map((a) => (a === 'GOOD' ? good : a)),
    );
    expect(code).toBe(2);
    expect(oneLine(err)).toBe(true);
    expect(err.trim()).toMatch(message);
  });

  it('a file that is not JSON, or not a save, is one line and exit 2', () => {
    const notJson = join(scratch, 'not.json');
    writeFileSync(notJson, '{ nope');
    expect(run('replay', [notJson])).toMatchObject({ code: 2 });
    const bom = join(scratch, 'bom.json');
    writeFileSync(bom, `\uFEFF${readFileSync(good, 'utf8')}`);
    expect(run('replay', [bom, '--verify']).code).toBe(0);
  });
});
