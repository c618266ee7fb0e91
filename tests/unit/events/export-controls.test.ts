/** Export controls cap the chips that may enter a region; what they hold back stays queued (or undelivered). */
import { describe, expect, it } from 'vitest';
import {
  addEvent,
  cashItem,
  companyReport,
  moneyBalance,
  onlyEvent,
  quietArena,
  Table,
  terms,
} from '../../support/deal-fixtures';

describe('export controls', () => {
  it('cut deliveries into the region; the held-back chips stay queued and arrive once the controls lapse', () => {
    const level = onlyEvent('export-controls', 3, (card) => {
      card.effects = [{ kind: 'exportControls', regionId: 'gulf', supplyBp: 2500, quarters: 2 }];
    });
    const t = new Table(level);
    t.act({ type: 'datacenter/build', seat: 'frontier', regionId: 'gulf', mw: 200 });
    const gulf = t.company('frontier').dataCenters.at(-1)?.id ?? -1;
    t.act({ type: 'chips/order', seat: 'frontier', chipId: 'h100', k: 100, dataCenterId: gulf });
    t.passTo('meridian');
    const virginia = t.company('meridian').dataCenters[0]?.id ?? -1;
    t.act({ type: 'chips/order', seat: 'meridian', chipId: 'h100', k: 40, dataCenterId: virginia });
    t.finishQuarter();
    t.finishQuarter(); // the card fires as quarter 3 opens
    const fired = t.state.events[0];
    expect(fired?.effects).toEqual([
      'Export controls: only 25% of chip deliveries may enter Gulf states until the end of 2025 Q4.',
    ]);
    expect(t.lastLog.join(' ')).toContain('Event — Export controls on AI chips: Washington limits shipments');

    const q3 = t.finishQuarter();
    const frontierNotes = companyReport(q3, 'frontier').notes;
    expect(frontierNotes).toContain(
      `Export controls held back 75,000 H100 chips bound for data center #${gulf}.`,
    );
    expect(frontierNotes).toContain('25,000 H100 chips delivered.');
    expect(t.state.orders.find((o) => o.companyId === 'frontier')).toMatchObject({ k: 100, deliveredK: 25 });
    // Another region is not affected.
    expect(companyReport(q3, 'meridian').notes).toContain('40,000 H100 chips delivered.');

    const q4 = t.finishQuarter();
    expect(companyReport(q4, 'frontier').notes).toContain('19,000 H100 chips delivered.'); // 25% of 75k, rounded
    const q5 = t.finishQuarter(); // lapsed
    expect(t.state.regulation.exportControls).toEqual([]);
    expect(companyReport(q5, 'frontier').notes).toContain('56,000 H100 chips delivered.');
    expect(t.state.orders.filter((o) => o.companyId === 'frontier')).toEqual([]);
    const installed = t
      .company('frontier')
      .chipBatches.filter((b) => b.dataCenterId === gulf)
      .reduce((s, b) => s + b.k, 0);
    expect(installed).toBe(100);
  });

  it('cut a reserved chip supply too: undelivered chips are not paid for, and unused prepayment comes back', () => {
    const level = quietArena((l) => {
      addEvent(l, {
        id: 'embargo',
        title: 'Embargo',
        effects: [{ kind: 'exportControls', regionId: 'gulf', supplyBp: 2500, quarters: 2 }],
      });
    });
    const t = new Table(level);
    t.act({ type: 'datacenter/build', seat: 'frontier', regionId: 'gulf', mw: 200 });
    const gulf = t.company('frontier').dataCenters.at(-1)?.id ?? -1;
    const id = t.propose('frontier', 'nvidia', [
      terms.chips('nvidia', 'frontier', gulf, {
        kPerQuarter: 20,
        priceMPerK: 30,
        quarters: 2,
        prepaymentM: 1200,
      }),
    ]);
    expect(t.deal(id).status).toBe('active');
    const q1 = t.finishQuarter();
    expect(companyReport(q1, 'frontier').notes).toContain(
      `Export controls held back 15,000 H100 chips bound for data center #${gulf}.`,
    );
    expect(t.deal(id).progress[0]).toMatchObject({ prepaidLeftM: 1200 - 150 });
    const q2 = t.finishQuarter();
    const deal = t.deal(id);
    expect(deal.status).toBe('completed');
    // 5k + 5k delivered at $30M per thousand: $300M of chips; the other $900M of prepayment is returned.
    expect(cashItem(q2, 'frontier', `Unused chip prepayment returned (deal #${id})`)).toEqual({
      label: `Unused chip prepayment returned (deal #${id})`,
      amountM: 900,
      counterparty: 'npc:nvidia',
    });
    expect(deal.progress[0]).toMatchObject({ prepaidLeftM: 0, paidM: 300 });
    expect(deal.paidBy.frontier).toBe(300);
    expect(moneyBalance(t.state)).toBe(0);
  });
});
