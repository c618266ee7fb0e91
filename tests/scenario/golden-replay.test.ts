/**
 * The golden replay: the negotiation story as recorded in `tests/fixtures/negotiation-story.save.json`
 * (negotiations, a circular deal, a default, a blocked deal, event choices, export controls) must replay to
 * the same state, quarter by quarter. If a rule changes, the replay stops at the first quarter whose state
 * differs and names it; when the change is intended, regenerate the save with `tests/scenario/regenerate.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashState, type Level, parseLevel, replaySave, type Save } from '../../src/core';
import { GOLDEN_SAVE, playStory, storyLevel } from './story';

const golden = (): Save => JSON.parse(readFileSync(GOLDEN_SAVE, 'utf8')) as Save;

function level(edit?: (l: Level) => void): Level {
  const raw = storyLevel();
  edit?.(raw);
  const parsed = parseLevel(raw);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  return parsed.level;
}

/** Index in the save of the first action matching `test`. */
const actionIndex = (save: Save, test: (action: Record<string, unknown>) => boolean): number => {
  const index = save.actions.findIndex((a) => test(a as Record<string, unknown>));
  if (index < 0) throw new Error('no such action in the save');
  return index;
};

describe('golden replay of the negotiation story', () => {
  it('replays to the recorded state at every quarter, and to the story as played today', () => {
    const save = golden();
    const result = replaySave(save, level());
    if (!result.ok) throw new Error(result.message);
    expect(result.reports.map((r) => r.label)).toEqual([
      '2025 Q1',
      '2025 Q2',
      '2025 Q3',
      '2025 Q4',
      '2026 Q1',
    ]);
    expect(result.quarterHashes).toEqual(save.checkpoints.map((c) => c.hash));
    expect(hashState(result.final)).toBe(hashState(playStory().table.state));
    // The save holds what the story is about.
    const types = save.actions.map((a) => (a as { type: string }).type);
    for (const type of [
      'deal/propose',
      'deal/counter',
      'deal/accept',
      'deal/terminate',
      'event/choose',
      'finance/emergencyRaise',
    ])
      expect(types).toContain(type);
    expect(result.final.deals.map((d) => d.status)).toEqual(
      expect.arrayContaining(['countered', 'completed', 'blocked', 'terminated']),
    );
  });

  it('names the first quarter that diverges when a rule (here: an answer) changes', () => {
    const save = golden();
    // Fighting the inquiry was an answer in 2025 Q3; settling instead changes that quarter onwards.
    const choice = actionIndex(save, (a) => a.type === 'event/choose');
    save.actions[choice] = { ...(save.actions[choice] as object), optionId: 'settle' };
    const result = replaySave(save, level());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /^The replay diverged at 2025 Q3 \(quarter 3\): the save expected state [0-9a-f]{16} after action \d+, the rules produced [0-9a-f]{16} after action \d+\.$/,
    );
  });

  it('names 2025 Q1 when the first round of the negotiation is different', () => {
    const save = golden();
    const counter = actionIndex(save, (a) => a.type === 'deal/counter' && a.seat === 'frontier');
    const action = save.actions[counter] as { terms: { pricePerCu?: number }[] };
    save.actions[counter] = {
      ...action,
      terms: action.terms.map((t) => ('pricePerCu' in t ? { ...t, pricePerCu: 2700 } : t)),
    };
    const result = replaySave(save, level());
    expect(!result.ok && result.message).toMatch(/^The replay diverged at 2025 Q1 \(quarter 1\)/);
  });

  it('refuses to replay on a changed level, saying so', () => {
    const result = replaySave(
      golden(),
      level((l) => {
        l.regulation.thresholds.dealReview = 101;
      }),
    );
    expect(!result.ok && result.message).toMatch(/the level has changed, so the replay would not match/);
  });
});
