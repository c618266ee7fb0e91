import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry, matchesFilter } from '../../../src/ui/help/glossary';

const UI = new URL('../../../src/ui/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every id any screen passes to tip('…'), and the report's figure-to-term table, read from the source. */
function idsUsedOnScreen(): Set<string> {
  const ids = new Set<string>();
  for (const file of sourceFiles(UI)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\btip\(\s*'([^']+)'/g)) ids.add(match[1] as string);
  }
  const reportView = readFileSync(join(UI, 'help/report-view.ts'), 'utf8');
  const table = reportView.match(/FIGURE_TIPS[^{]*\{([^}]*)\}/)?.[1] ?? '';
  for (const match of table.matchAll(/:\s*'([^']+)'/g)) ids.add(match[1] as string);
  return ids;
}

describe('the glossary', () => {
  it('has an entry for every tooltip a screen shows', () => {
    const used = idsUsedOnScreen();
    // The scan itself must work, or the test below could pass on nothing.
    for (const known of [
      'cash',
      'run-rate',
      'valuation',
      'chip-market',
      'lead-time',
      'take-or-pay',
      'attention',
    ])
      expect(used).toContain(known);
    const missing = [...used].filter((id) => !glossaryEntry(id));
    expect(missing).toEqual([]);
  });

  it('covers the terms the brief names', () => {
    for (const id of [
      'capex',
      'take-or-pay',
      'dilution',
      'multiple',
      'hhi',
      'vendor-financing',
      'scaling-law',
      'scrutiny',
      'attention',
      'cap-table',
      'ipo',
      'distress',
      'export-controls',
      'pue',
      'spot-market',
      'gov-relations',
      'circular-deal',
    ])
      expect(glossaryEntry(id), id).toBeDefined();
  });

  it('gives each term once, in one or two sentences, with where it shows', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of GLOSSARY) {
      const sentences = entry.text.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(2);
      expect(entry.where.length, entry.id).toBeGreaterThan(5);
    }
  });

  it('states the 2023 Merger Guidelines thresholds for HHI', () => {
    const text = glossaryEntry('hhi')?.text ?? '';
    expect(text).toContain('1,800');
    expect(text).toContain('100');
    expect(text).toContain('30%');
    expect(text).toContain('2023');
  });

  it('filters on every typed word, in the term or its text, ignoring case', () => {
    const dilution = glossaryEntry('dilution');
    if (!dilution) throw new Error('no dilution entry');
    expect(matchesFilter(dilution, '')).toBe(true);
    expect(matchesFilter(dilution, 'DILUTION')).toBe(true);
    expect(matchesFilter(dilution, 'shares percentage')).toBe(true);
    expect(matchesFilter(dilution, 'shares megawatt')).toBe(false);
    expect(GLOSSARY.filter((e) => matchesFilter(e, 'take-or-pay')).map((e) => e.id)).toContain('take-or-pay');
  });
});
