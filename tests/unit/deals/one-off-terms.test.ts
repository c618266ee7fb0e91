/** Terms that execute at signing: an equity investment, a stake sale, a cash payment — and who can pay for them. */
import { describe, expect, it } from 'vitest';
import { applyBp } from '../../../src/core/intmath';
import { cashItem, moneyBalance, quietArena, Table, terms } from '../../support/deal-fixtures';

describe('equity investment', () => {
  it('issues new shares to the investor, dilutes every other holder pro rata and moves the cash', () => {
    const t = new Table(quietArena());
    t.passTo('meridian');
    const id = t.propose('meridian', 'stratus', [terms.equity('stratus', 'meridian', 12000, 1000)]);
    expect(t.lastLog.join(' ')).toContain(
      'Stratus Cloud gives $12B now — and gets 10% of Meridian Labs in new shares.',
    );
    const log = t.act({ type: 'deal/accept', seat: 'stratus', dealId: id });
    expect(log).toContain('Stratus Cloud invested $12B in Meridian Labs for 10% of new shares.');
    expect(t.company('meridian').capTable).toEqual({
      'Founders and staff': 5400,
      nimbus: 1800,
      'Venture investors': 1800,
      stratus: 1000,
    });
    expect(t.company('meridian').cashM).toBe(10000 + 12000);
    expect(t.company('stratus').cashM).toBe(40000 - 12000);
    expect(t.deal(id).status).toBe('active');
    expect(t.company('meridian').record.signed).toBe(1);
    expect(t.company('stratus').record.signed).toBe(1);

    const report = t.finishQuarter();
    expect(cashItem(report, 'meridian', `Investment by Stratus Cloud (deal #${id})`)).toMatchObject({
      amountM: 12000,
      counterparty: 'stratus',
    });
    expect(cashItem(report, 'stratus', `Investment by Stratus Cloud (deal #${id})`)?.amountM).toBe(-12000);
    // The stake now flows into the holder's valuation at the stand-alone value of the company it owns.
    const meridian = t.company('meridian');
    const frontier = t.company('frontier');
    const standalone = (c: typeof meridian) => c.valuation.totalM - c.valuation.stakesValueM;
    expect(t.company('stratus').valuation.stakesValueM).toBe(
      applyBp(standalone(meridian), 1000) + applyBp(standalone(frontier), 2700),
    );
    // With no recurring term the deal has run its course at the first resolution.
    expect(t.deal(id).status).toBe('completed');
    expect(moneyBalance(t.state)).toBe(0);
  });

  it('cannot be made in a partner, which issues no shares', () => {
    const t = new Table(quietArena());
    expect(
      t.refused({
        type: 'deal/propose',
        seat: 'frontier',
        to: 'nvidia',
        terms: [terms.equity('frontier', 'nvidia', 100, 10)],
      }).code,
    ).toBe('deal/badParties');
  });
});

describe('stake sale', () => {
  it('moves shares the seller holds in a third company and pays the seller', () => {
    const t = new Table(quietArena());
    t.passTo('nimbus');
    const id = t.propose('nimbus', 'stratus', [terms.stakeSale('stratus', 'nimbus', 'frontier', 700, 30000)]);
    const log = t.act({ type: 'deal/accept', seat: 'stratus', dealId: id });
    expect(log).toContain('Stratus Cloud sold 7% of Frontier AI to Nimbus Cloud for $30B.');
    expect(t.company('frontier').capTable).toMatchObject({ stratus: 2000, nimbus: 700 });
    expect(Object.values(t.company('frontier').capTable).reduce((a, b) => a + b, 0)).toBe(10000);
    expect(t.company('nimbus').cashM).toBe(60000 - 30000);
    expect(t.company('stratus').cashM).toBe(40000 + 30000);
  });

  it('needs shares the seller holds: deal/notEnoughShares', () => {
    const t = new Table(quietArena());
    t.passTo('nimbus');
    const tooMany = t.refused({
      type: 'deal/propose',
      seat: 'nimbus',
      to: 'stratus',
      terms: [terms.stakeSale('stratus', 'nimbus', 'frontier', 2800, 1000)],
    });
    expect(tooMany.code).toBe('deal/notEnoughShares');
    expect(tooMany.message).toBe(
      'Stratus Cloud holds 2700 bp of Frontier AI, not the 2800 bp the deal would sell.',
    );
    // Nimbus holds Meridian, not Frontier.
    expect(
      t.refused({
        type: 'deal/propose',
        seat: 'nimbus',
        to: 'stratus',
        terms: [terms.stakeSale('nimbus', 'stratus', 'frontier', 100, 1000)],
      }).code,
    ).toBe('deal/notEnoughShares');
  });

  it('cannot sell a company its own shares', () => {
    const t = new Table(quietArena());
    t.passTo('meridian');
    const error = t.refused({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'nimbus',
      terms: [terms.stakeSale('nimbus', 'meridian', 'meridian', 2000, 100)],
    });
    expect(error.code).toBe('deal/badParties');
  });

  it('is checked again at acceptance: a stake sold in between cannot be sold twice', () => {
    const t = new Table(quietArena());
    const first = t.propose('frontier', 'nimbus', [
      terms.stakeSale('nimbus', 'frontier', 'meridian', 2000, 20000),
    ]);
    t.passTo('stratus');
    const second = t.propose('stratus', 'nimbus', [
      terms.stakeSale('nimbus', 'stratus', 'meridian', 1500, 15000),
    ]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: second });
    const error = t.refused({ type: 'deal/accept', seat: 'nimbus', dealId: first });
    expect(error.code).toBe('deal/notEnoughShares');
    expect(t.deal(first).status).toBe('proposed');
  });
});

describe('cash term and the means to pay', () => {
  it('moves a one-off payment at signing', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', [terms.cash('frontier', 'nimbus', 500)]);
    expect(t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id })).toContain(
      'Frontier AI paid Nimbus Cloud $500M.',
    );
    expect(t.company('frontier').cashM).toBe(29500);
    expect(t.company('nimbus').cashM).toBe(60500);
    expect(t.deal(id).paidBy).toEqual({ frontier: 500 });
  });

  it('refuses a deal whose payments at signing exceed the payer cash: deal/cannotPay', () => {
    const t = new Table(quietArena());
    t.passTo('meridian');
    const error = t.refused({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'frontier',
      terms: [terms.cash('meridian', 'frontier', 6000), terms.equity('meridian', 'frontier', 5000, 10)],
    });
    expect(error.code).toBe('deal/cannotPay');
    expect(error.message).toBe('Meridian Labs would pay $11B at signing but has $10B.');
  });

  it('checks the cash again at acceptance, since the payer may have spent it', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'meridian', [terms.cash('meridian', 'frontier', 9000)]);
    t.passTo('meridian');
    const site = t.company('meridian').dataCenters[0]?.id ?? -1;
    t.act({ type: 'chips/order', seat: 'meridian', chipId: 'h100', k: 100, dataCenterId: site });
    const error = t.refused({ type: 'deal/accept', seat: 'meridian', dealId: id });
    expect(error.code).toBe('deal/cannotPay');
    expect(t.deal(id).status).toBe('proposed');
  });
});
