/** Chip supply with prepayment: a reserved allocation, delivered before the open queue, paid on delivery. */
import { describe, expect, it } from 'vitest';
import { cashItem, companyReport, firstSite, quietArena, Table, terms } from '../../support/deal-fixtures';

/** test-arena with H100 made scarce: 50k a quarter. */
const scarceH100 = () =>
  quietArena((level) => {
    const h100 = level.chips.find((c) => c.id === 'h100');
    if (h100) h100.supplyKPerQuarter = 50;
  });

describe('chip supply', () => {
  it('is delivered before the open queue and draws the prepayment down before asking for cash', () => {
    const t = new Table(scarceH100());
    // Frontier reserves 30k H100 a quarter for three quarters at list price, $1.2B prepaid.
    const id = t.propose('frontier', 'nvidia', [
      terms.chips('nvidia', 'frontier', firstSite(t, 'frontier'), {
        kPerQuarter: 30,
        priceMPerK: 30,
        quarters: 3,
        prepaymentM: 1200,
      }),
    ]);
    expect(t.deal(id).status).toBe('active');
    expect(t.lastLog).toContain('Nvidia reserves 30k h100 chips a quarter for 3 quarters.');
    expect(t.company('frontier').cashM).toBe(30000 - 1200);
    // Meridian joins the open queue for the whole supply; its order may be filled from quarter 3.
    t.passTo('meridian');
    t.act({
      type: 'chips/order',
      seat: 'meridian',
      chipId: 'h100',
      k: 50,
      dataCenterId: firstSite(t, 'meridian'),
    });
    const label = `Chip supply (deal #${id})`;

    const q1 = t.finishQuarter();
    // $900M of chips delivered, all of it from the prepayment: no cash moves.
    expect(cashItem(q1, 'frontier', label)).toBeUndefined();
    expect(t.deal(id).progress[0]).toMatchObject({ quartersDone: 1, prepaidLeftM: 300 });
    expect(companyReport(q1, 'frontier').notes).toContain('30,000 H100 chips delivered.');

    const q2 = t.finishQuarter();
    // $300M of prepayment left, then $600M in cash.
    expect(cashItem(q2, 'frontier', label)).toEqual({ label, amountM: -600, counterparty: 'npc:nvidia' });
    expect(t.deal(id).progress[0]).toMatchObject({ quartersDone: 2, prepaidLeftM: 0 });

    const q3 = t.finishQuarter();
    expect(cashItem(q3, 'frontier', label)?.amountM).toBe(-900);
    // The reserved 30k went first; the open order got what was left of the 50k.
    expect(companyReport(q3, 'meridian').notes).toContain('20,000 H100 chips delivered.');
    expect(companyReport(q3, 'meridian').notes).toContain(
      "30,000 H100 chips still queued: this quarter's supply ran out.",
    );
    const deal = t.deal(id);
    expect(deal.status).toBe('completed');
    expect(deal.progress[0]).toMatchObject({ quartersDone: 3, paidM: 1200 + 600 + 900 });
    const installed = t
      .company('frontier')
      .chipBatches.filter((b) => b.chipId === 'h100')
      .reduce((s, b) => s + b.k, 0);
    expect(installed).toBe(330 + 90);

    const q4 = t.finishQuarter();
    expect(companyReport(q4, 'meridian').notes).toContain('30,000 H100 chips delivered.');
  });

  it('reserves only what is not yet reserved: deal/cannotSupplyChip', () => {
    const t = new Table(scarceH100());
    t.propose('frontier', 'nvidia', [
      terms.chips('nvidia', 'frontier', firstSite(t, 'frontier'), {
        kPerQuarter: 30,
        priceMPerK: 30,
        quarters: 4,
      }),
    ]);
    t.passTo('meridian');
    const error = t.refused({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'nvidia',
      terms: [
        terms.chips('nvidia', 'meridian', firstSite(t, 'meridian'), {
          kPerQuarter: 21,
          priceMPerK: 30,
          quarters: 2,
        }),
      ],
    });
    expect(error).toEqual({
      code: 'deal/cannotSupplyChip',
      message: 'Only 20,000 H100 a quarter are not yet reserved; the deal asks for 21,000.',
    });
  });

  it('is refused for a chip the supplier does not make, or before an in-house programme is ready', () => {
    const t = new Table(quietArena());
    const site = firstSite(t, 'frontier');
    const propose = (to: string, term: ReturnType<typeof terms.chips>) =>
      t.refused({ type: 'deal/propose', seat: 'frontier', to, terms: [term] });
    expect(
      propose(
        'nvidia',
        terms.chips('nvidia', 'frontier', site, {
          chipId: 'tpu',
          kPerQuarter: 1,
          priceMPerK: 16,
          quarters: 1,
        }),
      ),
    ).toEqual({
      code: 'deal/cannotSupplyChip',
      message: 'Nvidia cannot supply TPU (not its chip, or its programme is not finished).',
    });
    expect(
      propose(
        'nimbus',
        terms.chips('nimbus', 'frontier', site, {
          chipId: 'trainium',
          kPerQuarter: 1,
          priceMPerK: 12,
          quarters: 1,
        }),
      ).code,
    ).toBe('deal/cannotSupplyChip');
    expect(
      propose(
        'nvidia',
        terms.chips('nvidia', 'frontier', site, {
          chipId: 'x999',
          kPerQuarter: 1,
          priceMPerK: 1,
          quarters: 1,
        }),
      ),
    ).toEqual({ code: 'deal/cannotSupplyChip', message: 'There is no chip called "x999" in this level.' });
    expect(
      propose(
        'nvidia',
        terms.chips('nvidia', 'frontier', site, {
          kPerQuarter: 1,
          priceMPerK: 30,
          quarters: 2,
          prepaymentM: 61,
        }),
      ).code,
    ).toBe('deal/cannotPay');
    expect(
      propose(
        'nvidia',
        terms.chips('nvidia', 'frontier', 9999, { kPerQuarter: 1, priceMPerK: 30, quarters: 1 }),
      ).code,
    ).toBe('deal/badParties');
  });

  it('from an in-house programme, once it is ready, pays the designing company', () => {
    const t = new Table(quietArena());
    t.passTo('nimbus');
    t.act({ type: 'chips/startProgram', seat: 'nimbus', chipId: 'trainium' });
    for (let q = 0; q < 3; q++) t.finishQuarter();
    expect(t.company('nimbus').programmes[0]?.ready).toBe(true);
    t.passTo('meridian');
    const id = t.propose('meridian', 'nimbus', [
      terms.chips('nimbus', 'meridian', firstSite(t, 'meridian'), {
        chipId: 'trainium',
        kPerQuarter: 10,
        priceMPerK: 15,
        quarters: 1,
      }),
    ]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    const report = t.finishQuarter();
    expect(cashItem(report, 'nimbus', `Chip supply (deal #${id})`)).toMatchObject({
      amountM: 150,
      counterparty: 'meridian',
    });
    expect(companyReport(report, 'meridian').notes).toContain('10,000 Trainium chips delivered.');
  });
});

describe('ending a chip supply early', () => {
  it('returns the prepayment not yet drawn when the buyer ends the deal after the supplier failed it', () => {
    const t = new Table(quietArena());
    t.passTo('nimbus');
    t.act({ type: 'chips/startProgram', seat: 'nimbus', chipId: 'trainium' });
    for (let q = 0; q < 3; q++) t.finishQuarter();
    // Nimbus promises compute and Trainium chips, $400M prepaid; then sells chips and falls short on the compute.
    const id = t.propose('frontier', 'nimbus', [
      terms.compute('nimbus', 'frontier', 800_000, 2000, 4),
      terms.chips('nimbus', 'frontier', firstSite(t, 'frontier'), {
        chipId: 'trainium',
        kPerQuarter: 10,
        priceMPerK: 12,
        quarters: 4,
        prepaymentM: 400,
      }),
    ]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    t.passTo('nimbus');
    t.act({
      type: 'assets/sellChips',
      seat: 'nimbus',
      dataCenterId: firstSite(t, 'nimbus'),
      chipId: 'h100',
      k: 200,
    });
    t.finishQuarter();
    expect(t.deal(id)).toMatchObject({ terminableBy: 'frontier' });
    expect(t.deal(id).progress[1]?.prepaidLeftM).toBe(400 - 120);
    const cash = t.company('frontier').cashM;
    const log = t.act({ type: 'deal/terminate', seat: 'frontier', dealId: id });
    expect(log).toContain(
      `Nimbus Cloud returned $280M of prepayment for chips it did not deliver under deal #${id}.`,
    );
    expect(t.company('frontier').cashM).toBe(cash + 280);
    expect(t.deal(id).progress[1]).toMatchObject({ prepaidLeftM: 0, paidM: 120 });
  });
});
