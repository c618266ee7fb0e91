/**
 * The AI run-rate objective: a cloud meets it on the revenue it earns beyond its existing business
 * (models, compute sold on the spot market and under contract), so a big legacy business does not meet
 * it; for a lab, whose revenue is all AI, it is the revenue run-rate.
 */
import { describe, expect, it } from 'vitest';
import { aiRevenueRunRateM, aiRunRateBarM } from '../../../src/core/resolve/objectives';
import { quietArena, Table } from '../../support/deal-fixtures';

const level = () =>
  quietArena((l) => {
    // Stratus's existing business is small beside its AI business; Nimbus's is large.
    const stratus = l.companies.find((c) => c.id === 'stratus');
    if (stratus?.baseBusiness) stratus.baseBusiness.revenueM = 1000;
    // Added after the arena's own objectives, whose figures its sources list by index.
    l.objectives.push(
      { id: 'ai-10b', kind: 'aiRevenueRunRateAtLeast', text: 'AI $10B.', role: 'cloud', amount: 10_000 },
      { id: 'ai-50b', kind: 'aiRevenueRunRateAtLeast', text: 'AI $50B.', role: 'cloud', amount: 50_000 },
      { id: 'all-50b', kind: 'revenueRunRateAtLeast', text: 'All $50B.', role: 'cloud', amount: 50_000 },
      { id: 'lab-ai-12b', kind: 'aiRevenueRunRateAtLeast', text: 'AI $12B.', role: 'lab', amount: 12_000 },
      // Out of reach by scale; the second bar is an AI business as big as the existing one.
      {
        id: 'ai-1t-or-1x',
        kind: 'aiRevenueRunRateAtLeast',
        text: 'AI $1T, or as big as the existing business.',
        role: 'cloud',
        amount: 1_000_000,
        orExistingBusinessMultipleBp: 10_000,
      },
    );
  });

describe('aiRevenueRunRateAtLeast', () => {
  const table = new Table(level());
  table.finishQuarter();
  const nimbus = table.company('nimbus');
  const stratus = table.company('stratus');
  const frontier = table.company('frontier');

  it("counts a cloud's revenue beyond its existing business, and a lab's whole revenue", () => {
    const latestM = nimbus.revenueHistoryM.at(-1) ?? 0;
    const baseM = nimbus.baseBusiness?.revenueM ?? 0;
    expect(baseM).toBeGreaterThan(0);
    expect(aiRevenueRunRateM(nimbus)).toBe((latestM - baseM) * 4);
    expect(aiRevenueRunRateM(nimbus)).toBeLessThan(nimbus.valuation.revenueRunRateM);
    expect(aiRevenueRunRateM(frontier)).toBe(frontier.valuation.revenueRunRateM);
  });

  it('meets the bars the AI business reaches, and not those only the whole business reaches', () => {
    expect(aiRevenueRunRateM(nimbus)).toBeGreaterThanOrEqual(10_000);
    expect(aiRevenueRunRateM(stratus)).toBeLessThan(10_000);
    expect(nimbus.objectivesMet['ai-10b']).toBe(0);
    expect(stratus.objectivesMet['ai-10b']).toBeUndefined();
    // Nimbus's whole run-rate passes $50B; its AI business does not.
    expect(nimbus.objectivesMet['all-50b']).toBe(0);
    expect(nimbus.objectivesMet['ai-50b']).toBeUndefined();
    expect(frontier.objectivesMet['lab-ai-12b']).toBe(0);
    expect(table.company('meridian').objectivesMet['lab-ai-12b']).toBeUndefined();
  });

  it('with a multiple of the existing business, meets the lower of the two bars', () => {
    const objective = table.state.config.objectives.find((o) => o.id === 'ai-1t-or-1x');
    if (!objective) throw new Error('the objective is missing');
    for (const cloud of [nimbus, stratus])
      expect(aiRunRateBarM(objective, cloud)).toBe((cloud.baseBusiness?.revenueM ?? 0) * 4);
    // Stratus's AI business has outgrown its existing one; Nimbus's, larger in dollars, has not.
    expect(aiRevenueRunRateM(stratus)).toBeGreaterThanOrEqual(aiRunRateBarM(objective, stratus));
    expect(stratus.objectivesMet['ai-1t-or-1x']).toBe(0);
    expect(aiRevenueRunRateM(nimbus)).toBeLessThan(aiRunRateBarM(objective, nimbus));
    expect(nimbus.objectivesMet['ai-1t-or-1x']).toBeUndefined();
    expect(aiRevenueRunRateM(nimbus)).toBeGreaterThan(aiRevenueRunRateM(stratus));
    // A lab has no existing business: only the amount counts.
    expect(aiRunRateBarM(objective, frontier)).toBe(1_000_000);
  });
});
