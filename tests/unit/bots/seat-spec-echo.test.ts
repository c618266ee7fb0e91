/** A seat spec is typed by a person, but it is still input: what it echoes is bounded and on one line. */
import { describe, expect, it } from 'vitest';
import { parseSeatSpec } from '../../../src/cli/seats';
import { level } from './helpers';

describe('seat spec refusals', () => {
  it('quote at most 40 characters of a long or multi-line company or player', () => {
    const arena = level('test-arena');
    for (const spec of [`${'x'.repeat(5000)}=builder`, `frontier=${'y'.repeat(5000)}\nnext`]) {
      const plan = parseSeatSpec(spec, arena);
      expect(plan.ok).toBe(false);
      if (!plan.ok) {
        expect(plan.message.length).toBeLessThan(300);
        expect(plan.message).not.toMatch(/\n/);
        expect(plan.message).toMatch(/^--seats: "(x|y){40}…"/);
      }
    }
  });
});
