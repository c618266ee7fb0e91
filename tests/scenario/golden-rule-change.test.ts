/**
 * What the golden replay is for: change a rule — here, the regulator stops blocking deals — and replaying
 * the recorded story fails at the first quarter the change touches (2025 Q3, when the stake was blocked),
 * naming it, instead of drifting silently.
 */
import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { parseLevel, replaySave } from '../../src/core';
import { GOLDEN_SAVE, storyLevel } from './story';

vi.mock('../../src/core/regulation/review', () => ({
  reviewDeal: () => ({ reviewed: false, blocked: false, chanceBp: 0, reason: '' }),
}));

it('a changed rule makes the replay stop at the first quarter it changes, and say which', () => {
  const parsed = parseLevel(storyLevel());
  if (!parsed.ok) throw new Error('the story level does not parse');
  const result = replaySave(JSON.parse(readFileSync(GOLDEN_SAVE, 'utf8')), parsed.level);
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(/^The replay diverged at 2025 Q3 \(quarter 3\)/);
});
