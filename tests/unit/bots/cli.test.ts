import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLevel } from '../../../src/cli/levels';
import { parseSeatSpec, resolveSeats } from '../../../src/cli/seats';
import { CSV_HEADER, csvRows } from '../../../src/cli/stats';
import { runCli } from '../../support/cli-run';
import { level } from './helpers';

const scratch = mkdtempSync(join(tmpdir(), 'hyperscale-sim-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = runCli;

describe('seat specs', () => {
  const arena = level('test-arena');

  it('names some seats and fills the rest', () => {
    const plan = parseSeatSpec('frontier=builder,nimbus=dealmaker', arena);
    expect(plan).toEqual({
      ok: true,
      plan: {
        seats: [
          { companyId: 'frontier', choice: 'builder' },
          { companyId: 'meridian', choice: 'random' },
          { companyId: 'nimbus', choice: 'dealmaker' },
          { companyId: 'stratus', choice: 'random' },
        ],
      },
    });
    const only = parseSeatSpec('frontier=idle,stratus=financier,others=none', arena);
    expect(only.ok && only.plan.seats.map((s) => s.companyId)).toEqual(['frontier', 'stratus']);
  });

  it.each([
    [
      'frontier=wizard',
      '--seats: "wizard" is not a player; use builder, financier, dealmaker, idle, random-legal, random, balanced or any.',
    ],
    [
      'acme=builder',
      '--seats: "acme" is not a company of level test-arena (its companies: frontier, meridian, nimbus, stratus).',
    ],
    ['frontier', '--seats: "frontier" is not company=player (e.g. frontier=builder).'],
    ['frontier=builder,frontier=financier', '--seats: "frontier" is given twice.'],
  ])('refuses %s in one sentence', (spec, message) => {
    expect(parseSeatSpec(spec, arena)).toEqual({ ok: false, message });
  });

  it('draws random seats from the seed: same seed, same players', () => {
    const plan = parseSeatSpec('random', arena);
    if (!plan.ok) throw new Error(plan.message);
    expect(resolveSeats(plan.plan, 42)).toEqual(resolveSeats(plan.plan, 42));
    const many = new Set(
      Array.from({ length: 20 }, (_, seed) => JSON.stringify(resolveSeats(plan.plan, seed).controllers)),
    );
    expect(many.size).toBeGreaterThan(10);
  });

  it('balanced deals the personalities out in equal numbers, in an order drawn from the seed', () => {
    const sandbox = level('arms-race-sandbox');
    const plan = parseSeatSpec('balanced', sandbox);
    if (!plan.ok) throw new Error(plan.message);
    for (const seed of [1, 2, 3]) {
      const names = Object.values(resolveSeats(plan.plan, seed).controllers).sort();
      expect(names).toEqual(['builder', 'builder', 'dealmaker', 'dealmaker', 'financier', 'financier']);
    }
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(resolveSeats(plan.plan, seed).controllers)),
    );
    expect(orders.size).toBeGreaterThan(3);
  });

  it('records baselines as named human seats, personalities as bots', () => {
    const plan = parseSeatSpec('frontier=idle,meridian=builder,others=none', arena);
    if (!plan.ok) throw new Error(plan.message);
    expect(resolveSeats(plan.plan, 1).seats).toEqual([
      { companyId: 'frontier', controller: { kind: 'human', name: 'idle' } },
      { companyId: 'meridian', controller: { kind: 'bot', personality: 'builder' } },
    ]);
  });

  it('knows the levels in levels/ and names them when one is missing', () => {
    expect(findLevel('test-arena').ok).toBe(true);
    const missing = findLevel('atlantis');
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.message).toMatch(
        /^There is no level "atlantis" in levels\/; the levels are: .*test-arena/,
      );
  });

  it('writes one CSV row per company per game, under a header', () => {
    const csv = csvRows('test-arena', [
      {
        seed: 9,
        quarters: 32,
        hash: '0',
        actions: 1,
        companies: [
          {
            company: 'frontier',
            name: 'Frontier AI',
            role: 'lab',
            controller: 'builder',
            rank: 1,
            valuationM: 5,
            ownersValueM: 8,
            revenueM: 4,
            lastRevenueM: 1,
            capexM: 3,
            cashM: 2,
            scrutiny: 7,
            dealsSigned: 6,
            objectivesMet: 1,
            failed: false,
            rescued: false,
            mainObjective: 'met',
          },
        ],
        economy: {
          fines: 0,
          divestitures: 0,
          bubbleQuarter: null,
          bubbleLabDropBp: 0,
          proposals: 0,
          countered: 0,
          refused: 0,
        },
      },
    ]).split('\n');
    expect(lines(csv)).toEqual([CSV_HEADER.join(','), 'test-arena,9,frontier,lab,builder,1,5,4,3,2,7,6,8']);
  });
});

const lines = (rows: string[]) => rows.filter((row) => row !== '');

// Each case starts Node and tsx and plays a game: seconds, and many more when the 2-core machine is busy.
describe('npm run sim and npm run replay', { timeout: 60_000 }, () => {
  it.each([
    [['--level', 'atlantis'], /^There is no level "atlantis" in levels\/; the levels are: /],
    [
      ['--level', 'test-arena', '--seed', '-3'],
      /^--seed must be a whole number from 0 to 4294967295 \(got "-3"\)\.$/m,
    ],
    [
      ['--level', 'test-arena', '--seed', 'abc'],
      /^--seed must be a whole number from 0 to 4294967295 \(got "abc"\)\.$/m,
    ],
    [
      ['--level', 'test-arena', '--games', '0'],
      /^--games must be a whole number from 1 to 1000000 \(got "0"\)\.$/m,
    ],
    [['--level', 'test-arena', '--seats', 'frontier=wizard'], /^--seats: "wizard" is not a player/],
    [['--level', 'test-arena', '--colour', 'red'], /^Unknown option '--colour'/],
    [['--level', 'test-arena', '--seat', 'frontier'], /^--seat chooses the seat --skill-vs-luck measures/],
    [
      ['--level', 'test-arena', '--skill-vs-luck', '--seat', 'nobody'],
      /^--seat: "nobody" is not a company of level test-arena/,
    ],
  ])(
    '%j: one clear line on stderr, exit code 2, no stack trace',
    (args, pattern) => {
      const { code, err, out } = run('sim', args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(lines(err.split('\n'))).toHaveLength(1);
      expect(err).toMatch(pattern);
      expect(err).not.toMatch(/\n\s+at /);
    },
    30_000,
  ); // each case starts tsx: seconds on a machine shared with other runs

  it('plays one game, saves it, and the replay reaches the same final hash', () => {
    const save = join(scratch, 'game.json');
    const csv = join(scratch, 'game.csv');
    const sim = run('sim', [
      '--level',
      'tutorial-compute-crunch',
      '--seed',
      '4',
      '--out',
      save,
      '--csv',
      csv,
    ]);
    expect(sim.code).toBe(0);
    expect(sim.out).toMatch(/Rank\s+Company/);
    const hash = sim.out.match(/final state hash ([0-9a-f]{16})/)?.[1];
    expect(hash).toBeDefined();
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(CSV_HEADER.join(','));
    const replay = run('replay', [save]);
    expect(replay.code).toBe(0);
    expect(replay.out).toContain(`Final state hash: ${hash}.`);
    expect(replay.out).toMatch(/2025 Q1/);
  }, 30_000); // it starts tsx twice: seconds on a machine shared with other runs

  it('a bad save gets one sentence and a non-zero exit', () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'hyperscale-save', version: 1 }));
    const broken = run('replay', [bad]);
    expect(broken.code).toBe(2);
    expect(lines(broken.err.split('\n'))).toHaveLength(1);
    expect(broken.err).toMatch(/bad\.json: This save's "level" is missing\.|bad\.json: This save/);
    const missing = run('replay', [join(scratch, 'nothing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toBe(`There is no file ${join(scratch, 'nothing.json')}.`);
  }, 30_000); // it starts tsx twice: seconds on a machine shared with other runs
});
