import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem, type Level, newGame, parseLevel } from '../../../src/core';
import { humanSeats } from '../../support/game';
import { tinyLevel } from '../../support/levels';

/** Breaks a copy of the tiny level; `level` is loosely typed because the point is to make it wrong. */
// biome-ignore lint/suspicious/noExplicitAny: a broken level is by definition not a Level
type Breakage = (level: Record<string, any>) => void;

const problemsOf = (breakage: Breakage): string[] => {
  const result = parseLevel(tinyLevel(breakage as (level: Level) => void));
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe('the level parser reports every problem with its path', () => {
  it.each<[string, Breakage, string[]]>([
    [
      'a negative amount',
      (l) => (l.companies[0].cashM = -5),
      ['companies[0].cashM: must be a whole number ≥ 0'],
    ],
    ['a fraction', (l) => (l.companies[1].cashM = 1.5), ['companies[1].cashM: must be a whole number ≥ 0']],
    ['a missing field', (l) => delete l.title, ['title: is missing']],
    ['a field of the wrong shape', (l) => (l.market.spot = 5), ['market.spot: must be an object']],
    [
      'an unknown field',
      (l) => (l.companies[0].colour = 'red'),
      ['companies[0].colour: is not a field this level format knows'],
    ],
    [
      'a value out of range',
      (l) => (l.regions[1].pueBp = 9000),
      ['regions[1].pueBp: must be a whole number between 10000 and 30000'],
    ],
    [
      'an unknown role',
      (l) => (l.companies[0].role = 'chipmaker'),
      ['companies[0].role: must be one of: lab, cloud'],
    ],
    [
      'a malformed id',
      (l) => (l.regions[0].id = 'North Pole'),
      ['regions[0].id: must be a short id: lower-case letters, digits and dashes'],
    ],
    [
      'a cap table that is not 100%',
      (l) => (l.companies[1].capTable[0].bp = 9000),
      ['companies[1].capTable: must add up to 10000 bp (100%), but adds up to 9000'],
    ],
    [
      'a company holding itself',
      (l) => (l.companies[1].capTable[0].holder = 'lab-b'),
      ['companies[1].capTable[0].holder: a company cannot hold its own shares'],
    ],
    [
      'an unknown region',
      (l) => (l.companies[0].dataCenters[0].regionId = 'mars'),
      ['companies[0].dataCenters[0].regionId: names "mars", which is not a region of this level'],
    ],
    [
      'an unknown chip',
      (l) => (l.companies[0].dataCenters[0].chips[0].chipId = 'zeta'),
      ['companies[0].dataCenters[0].chips[0].chipId: names "zeta", which is not a chip of this level'],
    ],
    [
      'an in-house chip of nobody',
      (l) => (l.chips[2].inHouse.companyId = 'nobody'),
      ['chips[2].inHouse.companyId: names "nobody", which is not a company of this level'],
    ],
    ['a duplicate id', (l) => (l.chips[1].id = 'alpha'), ['chips[1].id: "alpha" is used twice']],
    [
      'seats the wrong way round',
      (l) => Object.assign(l.seats, { min: 4, max: 3 }),
      ['seats.min: must not exceed seats.max (3)'],
    ],
    [
      'a spot floor above the cap',
      (l) => (l.market.spot.minPricePerCu = 6000),
      ['market.spot.minPricePerCu: must be below market.spot.maxPricePerCu'],
    ],
    [
      'a deadline after the end',
      (l) => (l.objectives[0].byQuarter = 9),
      ["objectives[0].byQuarter: must be within the level's 8 quarters"],
    ],
    [
      'a commitments objective for a lab',
      (l) =>
        (l.objectives[0] = {
          id: 'sell',
          kind: 'commitmentsWonAtLeast',
          text: 'Sell.',
          role: 'lab',
          amount: 5,
        }),
      ['objectives[0].role: must be "cloud": only clouds sell compute commitments'],
    ],
    [
      'a commitments objective of nothing',
      (l) =>
        (l.objectives[0] = {
          id: 'sell',
          kind: 'commitmentsWonAtLeast',
          text: 'Sell.',
          role: 'cloud',
          amount: 0,
        }),
      ['objectives[0].amount: must be at least $1M: an objective of winning nothing is met by doing nothing'],
    ],
    [
      'an AI run-rate objective of nothing',
      (l) =>
        (l.objectives[0] = {
          id: 'ai',
          kind: 'aiRevenueRunRateAtLeast',
          text: 'Sell AI.',
          role: 'cloud',
          amount: 0,
        }),
      ['objectives[0].amount: must be at least $1M: an objective of no AI revenue is met by doing nothing'],
    ],
    [
      'a multiple of the existing business on an objective of another kind',
      (l) =>
        (l.objectives[0] = {
          id: 'rev',
          kind: 'revenueRunRateAtLeast',
          text: 'Grow.',
          role: 'cloud',
          amount: 5,
          orExistingBusinessMultipleBp: 20000,
        }),
      [
        'objectives[0].orExistingBusinessMultipleBp: may only be given for an aiRevenueRunRateAtLeast objective',
      ],
    ],
    [
      "a multiple of a lab's existing business, below one time it",
      (l) =>
        (l.objectives[0] = {
          id: 'ai',
          kind: 'aiRevenueRunRateAtLeast',
          text: 'Sell AI.',
          role: 'lab',
          amount: 5,
          orExistingBusinessMultipleBp: 5000,
        }),
      [
        'objectives[0].role: must be "cloud": only a cloud has an existing business to measure against',
        'objectives[0].orExistingBusinessMultipleBp: must be at least 10,000 bp (an AI business as big as the existing one)',
      ],
    ],
    [
      'more power used than the grid has',
      (l) => (l.regions[0].powerMw = 150),
      ['regions[0].powerMw: is 150 MW but the starting data centers there draw 200 MW'],
    ],
    [
      'several problems at once',
      (l) => {
        l.quarters = 0;
        l.chips = [];
        l.companies[3].staffOpexM = 'lots';
      },
      [
        'quarters: must be a whole number between 1 and 64',
        'chips: must list at least one chip',
        'companies[3].staffOpexM: must be a number',
      ],
    ],
  ])('%s', (_name, breakage, expected) => {
    expect(problemsOf(breakage)).toEqual(expected);
  });

  it.each([null, 42, 'level', true])('refuses %j: a level must be an object', (input) => {
    const result = parseLevel(input);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '', message: 'A level must be a JSON object.' },
    ]);
  });

  it('accepts every level shipped in levels/', () => {
    const folder = new URL('../../../levels/', import.meta.url);
    const files = readdirSync(folder).filter((file) => file.endsWith('.json') && file !== 'schema.json');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const level: unknown = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
      const result = parseLevel(level, { expectedId: file.replace(/\.json$/, '') });
      expect(result.ok ? [] : result.problems.map(describeProblem), file).toEqual([]);
    }
  });
});

describe('starting a game checks the setup', () => {
  const start = (seats: unknown, seed: unknown = 1, level: unknown = tinyLevel()) =>
    newGame({ level, seats, seed });
  const message = (result: ReturnType<typeof newGame>) => (result.ok ? 'accepted' : result.error.message);

  it.each<[string, unknown, unknown, string]>([
    [
      'too many seats',
      humanSeats(['lab-a', 'lab-b', 'cloud-a', 'cloud-b', 'lab-a']),
      1,
      'This level is for 1 to 4 seats; 5 were given.',
    ],
    [
      'an unknown company',
      humanSeats(['lab-z']),
      1,
      'seats[0].companyId: "lab-z" is not a company of this level.',
    ],
    [
      'a company seated twice',
      humanSeats(['lab-a', 'lab-a']),
      1,
      'seats[1].companyId: "lab-a" has two seats.',
    ],
    ['a seed that is not a whole number', humanSeats(['lab-a']), 1.5, 'seed: must be a whole number.'],
    [
      'a bot with no personality',
      [{ companyId: 'lab-a', controller: { kind: 'bot' } }],
      1,
      'seats[0].controller.personality: is missing.',
    ],
  ])('refuses %s', (_name, seats, seed, expected) => {
    expect(message(start(seats, seed))).toBe(expected);
  });

  it('refuses a human in a seat the level keeps for the computer', () => {
    const level = tinyLevel((l) => {
      const cloud = l.companies[3];
      if (cloud) cloud.humanAllowed = false;
    });
    expect(message(start(humanSeats(['cloud-b']), 1, level))).toBe(
      'seats[0]: Cloud B is played by the computer in this level.',
    );
  });

  it('refuses a broken level, listing its problems', () => {
    const level = tinyLevel((l) => {
      l.quarters = 0;
    });
    expect(message(start(humanSeats(['lab-a']), 1, level))).toBe(
      'The level is not valid: quarters: must be a whole number between 1 and 64.',
    );
  });

  it('records the level by content hash, so a changed level is noticed', () => {
    const a = start(humanSeats(['lab-a']));
    const b = start(
      humanSeats(['lab-a']),
      1,
      tinyLevel((l) => {
        l.market.modelDemandM = 1001;
        const source = l.sources[0];
        if (source) source.value = 1001;
      }),
    );
    if (!a.ok || !b.ok) throw new Error('setup refused');
    expect(a.state.levelHash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.state.levelHash).not.toBe(b.state.levelHash);
  });
});
