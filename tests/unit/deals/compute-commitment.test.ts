/** Take-or-pay compute commitments: promised only from spare capacity, delivered before use, paid each quarter. */
import { describe, expect, it } from 'vitest';
import { cashItem, companyReport, quietArena, Table, terms } from '../../support/deal-fixtures';

// Nimbus runs 450k H100 in a 400 MW Virginia site: 450 × 1,979 TF = 890,550 CU a quarter.
const NIMBUS_CU = 890_550;

describe('a compute commitment is promised only from capacity the provider has', () => {
  it('refuses more than the provider capacity: deal/notEnoughCapacity', () => {
    const t = new Table(quietArena());
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nimbus',
      terms: [terms.compute('nimbus', 'frontier', NIMBUS_CU + 1, 2500, 4)],
    });
    expect(error.code).toBe('deal/notEnoughCapacity');
    expect(error.message).toBe(
      'Nimbus Cloud has 890,550 CU a quarter not yet committed; the deal asks for 890,551.',
    );
  });

  it('counts capacity already committed to others', () => {
    const t = new Table(quietArena());
    const first = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 600_000, 2500, 4)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: first });
    t.passTo('meridian');
    const error = t.refused({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'nimbus',
      terms: [terms.compute('nimbus', 'meridian', 300_000, 2500, 4)],
    });
    expect(error.code).toBe('deal/notEnoughCapacity');
    expect(error.message).toContain('290,550 CU a quarter not yet committed');
    expect(() =>
      t.propose('meridian', 'nimbus', [terms.compute('nimbus', 'meridian', 290_550, 2500, 4)]),
    ).not.toThrow();
  });

  it('is re-checked at acceptance, and a lab has no capacity to sell', () => {
    const t = new Table(quietArena());
    const a = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 600_000, 2500, 4)]);
    t.passTo('meridian');
    const b = t.propose('meridian', 'nimbus', [terms.compute('nimbus', 'meridian', 600_000, 2500, 4)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: b });
    expect(t.refused({ type: 'deal/accept', seat: 'nimbus', dealId: a }).code).toBe('deal/notEnoughCapacity');
    const labSells = t.refused({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'frontier',
      terms: [terms.compute('frontier', 'meridian', 1000, 2500, 1)],
    });
    expect(labSells).toEqual({
      code: 'deal/notEnoughCapacity',
      message: 'Frontier AI is not a cloud: it has no capacity to sell.',
    });
  });
});

describe('a signed compute commitment', () => {
  const play = () => {
    const t = new Table(quietArena(), { seed: 11 });
    const id = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 300_000, 2500, 3)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    for (let q = 0; q < 4; q++) t.finishQuarter();
    return { t, id };
  };

  it('is delivered before compute is used: the provider sells that much less on the spot market, the buyer has that much more', () => {
    const t = new Table(quietArena(), { seed: 11 });
    const control = new Table(quietArena(), { seed: 11 });
    const id = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 300_000, 2500, 3)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    t.finishQuarter();
    control.finishQuarter();
    expect(t.company('frontier').compute.capacityCu).toBe(
      control.company('frontier').compute.capacityCu + 300_000,
    );
    expect(control.company('nimbus').compute.spotSoldCu).toBe(NIMBUS_CU);
    expect(t.company('nimbus').compute.spotSoldCu).toBe(NIMBUS_CU - 300_000);
    // The extra compute is split like the lab's own: half trains the next model.
    expect(t.company('frontier').compute.trainingCu).toBeGreaterThan(
      control.company('frontier').compute.trainingCu,
    );
  });

  it('is paid price × CU delivered every quarter for exactly its quarters, then completes', () => {
    const { t, id } = play();
    const reports = [0, 1, 2, 3].map((q) => t.report(q));
    const label = `Compute commitment (deal #${id})`;
    // 300,000 CU × $2,500 = $750M a quarter, take-or-pay.
    for (const report of reports.slice(0, 3)) {
      expect(cashItem(report, 'frontier', label)).toEqual({ label, amountM: -750, counterparty: 'nimbus' });
      expect(cashItem(report, 'nimbus', label)).toEqual({ label, amountM: 750, counterparty: 'frontier' });
    }
    expect(cashItem(t.report(3), 'frontier', label)).toBeUndefined();
    const deal = t.deal(id);
    expect(deal.status).toBe('completed');
    expect(deal.endedQuarter).toBe(2);
    expect(deal.progress[0]).toMatchObject({ quartersDone: 3, paidM: 2250 });
    expect(deal.paidBy).toEqual({ frontier: 2250 });
    expect(companyReport(t.report(2), 'frontier').notes).toContain(
      `Deal #${id} with Nimbus Cloud has run its course.`,
    );
    // Once completed the capacity is free to promise again.
    t.passTo('meridian');
    expect(() =>
      t.propose('meridian', 'nimbus', [terms.compute('nimbus', 'meridian', NIMBUS_CU, 1500, 1)]),
    ).not.toThrow();
  });

  it('is paid whether the buyer uses the compute or not (take-or-pay)', () => {
    const t = new Table(quietArena());
    // Meridian's model demand is far below what 800,000 extra CU could serve; it pays for all of it.
    t.passTo('meridian');
    const id = t.propose('meridian', 'nimbus', [terms.compute('nimbus', 'meridian', 800_000, 1000, 2)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    const report = t.finishQuarter();
    expect(t.company('meridian').compute.idleCu).toBeGreaterThan(0);
    expect(cashItem(report, 'meridian', `Compute commitment (deal #${id})`)?.amountM).toBe(-800);
  });

  it('when the provider falls short, the buyer pays only for what arrived and may end the deal', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 800_000, 2000, 4)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    t.passTo('nimbus');
    // Nimbus sells 200k of its 450k H100: 250 × 1,979 = 494,750 CU left.
    const site = t.company('nimbus').dataCenters[0]?.id ?? -1;
    t.act({ type: 'assets/sellChips', seat: 'nimbus', dataCenterId: site, chipId: 'h100', k: 200 });
    const report = t.finishQuarter();
    const note =
      `Nimbus Cloud delivered only 494,750 of the 800,000 CU committed under deal #${id}; ` +
      'Frontier AI pays only for what arrived and may end the deal.';
    expect(companyReport(report, 'frontier').notes).toContain(note);
    expect(companyReport(report, 'nimbus').notes).toContain(note);
    expect(cashItem(report, 'frontier', `Compute commitment (deal #${id})`)?.amountM).toBe(-990); // 494,750 × $2,000
    expect(t.deal(id).terminableBy).toBe('frontier');
    expect(t.company('nimbus').compute.spotSoldCu).toBe(0);
    t.act({ type: 'deal/terminate', seat: 'frontier', dealId: id });
    expect(t.deal(id).status).toBe('terminated');
  });
});
