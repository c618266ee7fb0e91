/**
 * Every level file loads, is named after its id, points editors at the schema, and carries what a
 * teacher needs: a lesson plan, a ranking rule and the sources of its figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeLevelFileProblems, loadLevelFile } from '../../../src/cli/level-file';
import { LESSON_MINUTES, type Level } from '../../../src/core';
import { levelFileNames, levelPath, readLevelJson, SCENARIO_LEVEL_IDS } from './level-files';

const loaded = (id: string): Level => {
  const result = loadLevelFile(levelPath(`${id}.json`));
  if (!result.ok) throw new Error(describeLevelFileProblems(result).join('\n'));
  return result.level;
};

describe('level files', () => {
  it('include the eight levels of the scenario', () => {
    const ids = levelFileNames().map((name) => name.replace(/\.json$/, ''));
    expect(ids).toEqual(expect.arrayContaining([...SCENARIO_LEVEL_IDS]));
  });

  it.each(levelFileNames())('%s loads without a problem and its file name is its id', (name) => {
    const result = loadLevelFile(levelPath(name));
    expect(result.ok ? [] : describeLevelFileProblems(result)).toEqual([]);
    if (result.ok) expect(`${result.level.id}.json`).toBe(name);
  });

  it.each(levelFileNames())('%s starts with "$schema": "./schema.json" for editor completion', (name) => {
    const json = JSON.parse(readFileSync(levelPath(name), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(json.$schema).toBe('./schema.json');
  });
});

describe.each(SCENARIO_LEVEL_IDS)('%s', (id) => {
  const level = loaded(id);

  it('has a title, a one-paragraph briefing that says the figures are stylised, and a ranking rule', () => {
    expect(level.title.length).toBeGreaterThan(5);
    expect(level.briefing).not.toContain('\n');
    expect(level.briefing).toMatch(/stylised/);
    expect(level.ranking.length).toBeGreaterThan(20);
  });

  it(`has a lesson plan for a ${LESSON_MINUTES}-minute class`, () => {
    const plan = level.lessonPlan;
    expect(plan.runSheet.reduce((sum, step) => sum + step.minutes, 0)).toBe(LESSON_MINUTES);
    expect(plan.learningObjectives.length).toBeGreaterThanOrEqual(2);
    expect(plan.discussionQuestions.length).toBeGreaterThanOrEqual(3);
  });

  it('names a source for its figures, from the article, the facts, and labelled extrapolation', () => {
    const origins = new Set(level.sources.map((s) => s.origin));
    expect(level.sources.length).toBeGreaterThanOrEqual(5);
    expect(origins.has('article') || origins.has('facts')).toBe(true);
  });

  it('lets a human play at least one company, and its main objective applies to such a company', () => {
    const main = level.objectives[0];
    const playable = level.companies.filter((c) => c.humanAllowed);
    expect(playable.some((c) => !main?.role || c.role === main.role)).toBe(true);
  });
});

describe('the article’s figures', () => {
  // Each figure the issue names, the words the article uses for it, and where in the levels it belongs.
  const figures: [string, string, string][] = [
    ['$10B+ investment', 'investment exceeding $10 billion', '38-billion-handshake'],
    ['$38B commitment', '$38 billion AWS cloud commitment', '38-billion-handshake'],
    ['~$500B valuation', 'north of $500 billion', '38-billion-handshake'],
    [
      '$1.4T over eight years',
      '$1.4 trillion in infrastructure spending over eight years',
      '1-4-trillion-question',
    ],
    ['$13B revenue', 'annual revenues of just $13 billion', '1-4-trillion-question'],
    ['27% stake', 'Microsoft’s 27% stake', '38-billion-handshake'],
    ['$1T IPO', 'a $1 trillion IPO', '1-4-trillion-question'],
    ['$300B initiative', 'Oracle’s $300 billion data center initiative', 'oracles-gigawatt-gamble'],
  ];

  it.each(figures)('%s is quoted as a source of the level it belongs to', (_figure, words, id) => {
    const quotes = loaded(id)
      .sources.filter((s) => s.origin === 'article')
      .map((s) => s.quote);
    expect(quotes.some((quote) => quote.includes(words))).toBe(true);
  });

  // The article lives beside the repository in the project's shared folder; check quotes word for word when it is there.
  const articlePath = new URL('../../../../shared/seed-article.txt', import.meta.url);
  it.skipIf(!existsSync(articlePath))(
    'every quote marked "article" is a sentence of the article, word for word',
    () => {
      const article = readFileSync(articlePath, 'utf8');
      const misquoted = SCENARIO_LEVEL_IDS.flatMap((id) =>
        loaded(id)
          .sources.filter((s) => s.origin === 'article' && !article.includes(s.quote))
          .map((s) => `${id}: ${s.figure}`),
      );
      expect(misquoted).toEqual([]);
    },
  );
});

describe('arms-race sandbox', () => {
  it('has every role, 32 quarters, 2 to 6 seats and the full event deck', () => {
    const level = loaded('arms-race-sandbox');
    expect(new Set(level.companies.map((c) => c.role))).toEqual(new Set(['lab', 'cloud']));
    expect(level.quarters).toBe(32);
    expect(level.seats).toEqual({ min: 2, max: 6 });
    expect(level.events.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'cloud-commitment-talks',
        'antitrust-inquiry',
        'power-backlash',
        'export-controls',
        'grid-shortage',
        'bubble-scare',
        'breakthrough',
        'rate-rise',
        'ipo-window',
        'national-initiative',
      ]),
    );
    expect(level.partners.some((p) => p.id === 'nvidia')).toBe(true);
  });

  it('the tutorial carries step-by-step prompts, each waiting for a real action', () => {
    const tutorial = readLevelJson('tutorial-compute-crunch').tutorial as { waitFor?: string }[];
    expect(tutorial.length).toBeGreaterThanOrEqual(5);
    expect(tutorial.some((step) => step.waitFor === 'deal/propose')).toBe(true);
  });
});
