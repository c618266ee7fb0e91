/**
 * Broken levels, as a teacher editing one might write them: each reports every problem with its path
 * and a plain sentence, and loads nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLevelFile } from '../../../src/cli/level-file';
import { describeProblem, parseLevel } from '../../../src/core';
import { readLevelJson } from './level-files';

// biome-ignore lint/suspicious/noExplicitAny: the cases poke at raw level JSON, as a teacher's editor would.
type Json = Record<string, any>;

/** The tutorial level with one change made by `edit`. */
function broken(edit: (level: Json) => void): Json {
  const level = structuredClone(readLevelJson('tutorial-compute-crunch')) as Json;
  edit(level);
  return level;
}

const problemsOf = (json: unknown, expectedId?: string): string[] => {
  const result = parseLevel(json, expectedId === undefined ? {} : { expectedId });
  return result.ok ? [] : result.problems.map(describeProblem);
};

const cases: [string, (level: Json) => void, string[]][] = [
  ['a missing field', (l) => delete l.title, ['title: is missing']],
  ['a missing teaching field', (l) => delete l.ranking, ['ranking: is missing']],
  [
    'text where a number belongs',
    (l) => (l.companies[0].cashM = 'lots'),
    ['companies[0].cashM: must be a number'],
  ],
  [
    'a negative amount',
    (l) => (l.companies[0].cashM = -5),
    ['companies[0].cashM: must be a whole number ≥ 0'],
  ],
  ['a fraction', (l) => (l.companies[0].cashM = 1.5), ['companies[0].cashM: must be a whole number ≥ 0']],
  ['an unknown field', (l) => (l.colour = 'red'), ['colour: is not a field this level format knows']],
  [
    'an unknown region',
    (l) => (l.companies[0].dataCenters[0].regionId = 'mars'),
    ['companies[0].dataCenters[0].regionId: names "mars", which is not a region of this level'],
  ],
  [
    'an unknown chip',
    (l) => (l.companies[0].dataCenters[0].chips[0].chipId = 'tpu'),
    ['companies[0].dataCenters[0].chips[0].chipId: names "tpu", which is not a chip of this level'],
  ],
  [
    'an event offer from an unknown partner',
    (l) => (l.events[0].effects[0].partnerId = 'oracle'),
    ['events[0].effects[0].partnerId: names "oracle", which is not a partner of this level'],
  ],
  [
    'an event window past the end',
    (l) => (l.events[1].window.to = 9),
    ["events[1].window.to: must be within the level's 8 quarters"],
  ],
  [
    'an objective deadline past the end',
    (l) => (l.objectives[0].byQuarter = 12),
    ["objectives[0].byQuarter: must be within the level's 8 quarters"],
  ],
  [
    'no objective at all',
    (l) => (l.objectives = []),
    ['objectives: must list at least one objective (the first is the main one)'],
  ],
  [
    'more minimum seats than maximum',
    (l) => (l.seats = { min: 2, max: 1 }),
    ['seats.min: must not exceed seats.max (1)'],
  ],
  [
    'more seats than companies',
    (l) => (l.seats = { min: 1, max: 2 }),
    ['seats.max: must not exceed the number of companies (1)'],
  ],
  [
    'a cap table that does not add up',
    (l) => (l.companies[0].capTable[1].bp = 2000),
    ['companies[0].capTable: must add up to 10000 bp (100%), but adds up to 9400'],
  ],
  [
    'a region too small for its data centers',
    (l) => (l.regions[0].powerMw = 100),
    ['regions[0].powerMw: is 100 MW but the starting data centers there draw 300 MW'],
  ],
  [
    'no company a person may play',
    (l) => (l.companies[0].humanAllowed = false),
    ['companies: at least one company must allow a human player (humanAllowed: true)'],
  ],
  [
    'a run sheet that does not fill the class',
    (l) => (l.lessonPlan.runSheet[0].minutes = 1),
    ['lessonPlan.runSheet: must add up to 45 minutes (one class), but adds up to 41'],
  ],
  [
    'a single learning objective',
    (l) => (l.lessonPlan.learningObjectives = ['Learn.']),
    ['lessonPlan.learningObjectives: must list 2 to 6 learning objectives'],
  ],
  [
    'six discussion questions',
    (l) => (l.lessonPlan.discussionQuestions = ['a?', 'b?', 'c?', 'd?', 'e?', 'f?']),
    ['lessonPlan.discussionQuestions: must list 3 to 5 discussion questions'],
  ],
  [
    'a source for a field the level does not have',
    (l) => (l.sources[0].figure = 'companies[9].cashM'),
    ['sources[0].figure: names "companies[9].cashM", which is not a field of this level'],
  ],
  [
    'a source for a group of fields',
    (l) => (l.sources[0].figure = 'companies[0]'),
    ['sources[0].figure: "companies[0]" is a group of fields; name the one figure it sets'],
  ],
  [
    'a source whose value has drifted from the level',
    (l) => (l.companies[0].quarterlyRevenueM = 4000),
    ['sources[0].value: is 3250 but the level holds 4000 at companies[0].quarterlyRevenueM'],
  ],
  [
    'a source of unknown origin',
    (l) => (l.sources[0].origin = 'rumour'),
    ['sources[0].origin: must be one of: article, facts, extrapolation'],
  ],
  [
    'a tutorial step waiting for an action that does not exist',
    (l) => (l.tutorial[1].waitFor = 'chips/buy'),
    [expect.stringMatching(/^tutorial\[1\]\.waitFor: must be one of: chips\/order, /)],
  ],
  [
    'two tutorial steps with one id',
    (l) => (l.tutorial[2].id = l.tutorial[1].id),
    ['tutorial[2].id: "split" is used twice'],
  ],
];

describe('a broken level reports what is wrong, where, in a sentence', () => {
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(problemsOf(broken(edit))).toEqual(expected);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsOf(
      broken((l) => {
        delete l.title;
        l.companies[0].cashM = -1;
        l.market.spot.demandCu = 'many';
        l.lessonPlan.discussionQuestions = [];
      }),
    );
    expect(problems).toEqual([
      'title: is missing',
      'market.spot.demandCu: must be a number',
      'companies[0].cashM: must be a whole number ≥ 0',
      'lessonPlan.discussionQuestions: must list 3 to 5 discussion questions',
    ]);
  });

  it('reports every cross-reference problem at once', () => {
    const problems = problemsOf(
      broken((l) => {
        l.seats = { min: 2, max: 1 };
        l.lessonPlan.runSheet[0].minutes = 10;
        l.sources[1].figure = 'companies[0].nothing';
      }),
    );
    expect(problems).toEqual([
      'seats.min: must not exceed seats.max (1)',
      'lessonPlan.runSheet: must add up to 45 minutes (one class), but adds up to 50',
      'sources[1].figure: names "companies[0].nothing", which is not a field of this level',
    ]);
  });

  it('something that is not a level at all', () => {
    expect(problemsOf(null)).toEqual(['A level must be a JSON object.']);
    expect(problemsOf([])).toEqual(['A level must be a JSON object.']);
    expect(problemsOf('tutorial')).toEqual(['A level must be a JSON object.']);
  });

  it('an id that does not match the file name', () => {
    expect(
      problemsOf(
        broken(() => {}),
        'tutorial',
      ),
    ).toEqual([
      'id: must match the file name: the file is "tutorial.json" but the id is "tutorial-compute-crunch"',
    ]);
    expect(
      problemsOf(
        broken(() => {}),
        'tutorial-compute-crunch',
      ),
    ).toEqual([]);
  });
});

describe('loadLevelFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hyperscale-levels-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('checks the file name against the id', () => {
    const result = loadLevelFile(write('my-level.json', JSON.stringify(broken(() => {}))));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'id: must match the file name: the file is "my-level.json" but the id is "tutorial-compute-crunch"',
    ]);
  });

  it('loads a good file named after its id', () => {
    expect(loadLevelFile(write('tutorial-compute-crunch.json', JSON.stringify(broken(() => {})))).ok).toBe(
      true,
    );
  });

  it('says so when a file is not JSON, without a stack trace', () => {
    const result = loadLevelFile(write('bad.json', '{ "id": '));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(describeProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^bad\.json is not valid JSON: /);
    expect(messages[0]).not.toMatch(/\n\s+at /);
  });

  it('says so when a file cannot be read or is not a .json file', () => {
    const missing = loadLevelFile(join(dir, 'nowhere.json'));
    expect(missing.ok ? [] : missing.problems.map(describeProblem)).toEqual([
      `cannot read ${join(dir, 'nowhere.json')} (ENOENT)`,
    ]);
    const notJson = loadLevelFile(write('level.txt', '{}'));
    expect(notJson.ok ? [] : notJson.problems.map(describeProblem)).toEqual([
      'level.txt is not a level file: level files are JSON named <id>.json',
    ]);
  });
});
