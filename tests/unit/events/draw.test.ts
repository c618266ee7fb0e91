/** When a card fires: its quarter window, its condition on the state, its probability (seeded), once or repeatable. */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core';
import { addEvent, quietArena, Table } from '../../support/deal-fixtures';

type Card = Level['events'][number];
const sentimentCard = (fields: Partial<Card> = {}): Partial<Card> & { id: string } => ({
  id: 'mood',
  title: 'A mood swing',
  effects: [{ kind: 'sentiment', deltaBp: 100 }],
  ...fields,
});

/** Quarters (1-based) in which the card fired over the first `quarters` quarters. */
function firings(level: Level, quarters: number, seed = 1): number[] {
  const t = new Table(level, { seed });
  for (let q = 1; q < quarters; q++) t.finishQuarter();
  return t.state.events.filter((e) => e.eventId === 'mood').map((e) => e.quarter + 1);
}

describe('event draw', () => {
  it('fires only inside its window of quarters', () => {
    const level = quietArena(
      (l) => void addEvent(l, sentimentCard({ window: { from: 3, to: 5 }, repeatable: true })),
    );
    expect(firings(level, 8)).toEqual([3, 4, 5]);
  });

  it('fires once unless repeatable', () => {
    const level = quietArena(
      (l) => void addEvent(l, sentimentCard({ window: { from: 2, to: 6 }, repeatable: false })),
    );
    expect(firings(level, 8)).toEqual([2]);
  });

  it('fires only while its condition holds', () => {
    // Compute capacity in play is ~1.1 GW; the condition asks for 2.5 GW of operating data centers.
    const never = quietArena(
      (l) =>
        void addEvent(
          l,
          sentimentCard({
            window: { from: 1, to: 4 },
            repeatable: true,
            condition: { metric: 'totalOperatingMw', op: 'atLeast', value: 2500 },
          }),
        ),
    );
    expect(firings(never, 4)).toEqual([]);
    const always = quietArena(
      (l) =>
        void addEvent(
          l,
          sentimentCard({
            window: { from: 1, to: 4 },
            repeatable: true,
            condition: { metric: 'totalOperatingMw', op: 'atMost', value: 2500 },
          }),
        ),
    );
    expect(firings(always, 4)).toEqual([1, 2, 3, 4]);
  });

  it('fires with its probability, drawn from the seed: same seed, same draws', () => {
    const level = quietArena(
      (l) =>
        void addEvent(
          l,
          sentimentCard({ window: { from: 1, to: 20 }, repeatable: true, probabilityBp: 2500 }),
        ),
    );
    const counts = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => firings(level, 20, seed).length);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(160 * 0.15);
    expect(total).toBeLessThan(160 * 0.35);
    expect(firings(level, 20, 3)).toEqual(firings(level, 20, 3));
    expect(new Set(counts.map(String)).size).toBeGreaterThan(1);
    const never = quietArena(
      (l) =>
        void addEvent(l, sentimentCard({ window: { from: 1, to: 8 }, repeatable: true, probabilityBp: 0 })),
    );
    expect(firings(never, 8)).toEqual([]);
  });

  it('tells players what happened, why, and where the scenario says so, in the quarter report', () => {
    const level = quietArena(
      (l) =>
        void addEvent(
          l,
          sentimentCard({
            window: { from: 2, to: 2 },
            text: 'Traders get nervous.',
            source: 'FACTS: a test.',
          }),
        ),
    );
    const t = new Table(level);
    const log = t.act({ type: 'turn/end', seat: 'frontier' });
    expect(log).toEqual(['Meridian Labs to act.']);
    t.finishQuarter();
    const fired = t.state.events[0];
    expect(fired).toEqual({
      eventId: 'mood',
      quarter: 1,
      title: 'A mood swing',
      text: 'Traders get nervous.',
      source: 'FACTS: a test.',
      targets: [],
      effects: [expect.stringMatching(/^Market sentiment up 1% to [\d.]+% of neutral\.$/)],
    });
    expect(t.lastLog.at(-1)).toBe(`Event — A mood swing: Traders get nervous. ${fired?.effects[0]}`);
    const q2 = t.finishQuarter();
    expect(q2.events).toEqual([fired]);
  });
});
