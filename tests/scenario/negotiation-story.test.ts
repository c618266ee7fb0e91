/**
 * Issue 4's "done when": one game, played through `step` alone, shows each part of the deal, regulation
 * and event rules with the plain-language report or log a player reads. The story is in `story.ts`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/core';
import { applyBp } from '../../src/core/intmath';
import { cashItem, companyReport, moneyBalance } from '../support/deal-fixtures';
import { playStory, type Story } from './story';

let story: Story;
beforeAll(() => {
  story = playStory();
});

const report = (quarter: number) => story.table.report(quarter);
const notes = (quarter: number, companyId: string) => companyReport(report(quarter), companyId).notes;

describe('a three-round negotiation ends in a compute commitment paid quarter by quarter', () => {
  it('each round is a proposal linked to the one it answers, with both sides’ obligations spelled out', () => {
    const { opening, counter, signed } = story.deals;
    expect(story.logs.opening).toEqual([
      `Proposed deal #${opening} to Nimbus Cloud.`,
      'Frontier AI gives $880M a quarter whether used or not, $3.5B in all — and gets 400,000 CU a quarter for 4 quarters.',
      'Nimbus Cloud gives 400,000 CU a quarter for 4 quarters — and gets $880M a quarter, $3.5B in all (take-or-pay).',
      'Nimbus Cloud can accept, counter or refuse it until the quarter ends.',
    ]);
    expect(story.logs.counter).toEqual([
      `Countered deal #${opening} with deal #${counter} (round 2).`,
      "Nimbus Cloud gives 400,000 CU a quarter for 4 quarters — and gets $1.2B a quarter, $4.8B in all (take-or-pay); Frontier AI's exclusive business for 6 quarters.",
      'Frontier AI gives $1.2B a quarter whether used or not, $4.8B in all; buys compute and chips only from Nimbus Cloud for 6 quarters (raises regulatory scrutiny) — and gets 400,000 CU a quarter for 4 quarters.',
    ]);
    expect(story.logs.counter2?.[0]).toBe(`Countered deal #${counter} with deal #${signed} (round 3).`);
    expect(story.logs.counter2?.[1]).toBe(
      'Frontier AI gives $1B a quarter whether used or not, $4.2B in all; buys compute and chips only from Nimbus Cloud for 4 quarters (raises regulatory scrutiny) — and gets 400,000 CU a quarter for 4 quarters.',
    );
    expect(story.logs.accept).toEqual([`Nimbus Cloud accepted deal #${signed}.`]);
    const deal = (id: number) => story.table.deal(id);
    expect([deal(opening), deal(counter), deal(signed)].map((d) => [d.status, d.round, d.parentId])).toEqual([
      ['countered', 1, null],
      ['countered', 2, opening],
      ['completed', 3, counter],
    ]);
  });

  it('is paid $1,040M (400,000 CU × $2,600) in each of its four quarters, then runs its course', () => {
    const label = `Compute commitment (deal #${story.deals.signed})`;
    for (const quarter of [0, 1, 2, 3]) {
      expect(cashItem(report(quarter), 'frontier', label)).toEqual({
        label,
        amountM: -1040,
        counterparty: 'nimbus',
      });
      expect(cashItem(report(quarter), 'nimbus', label)).toEqual({
        label,
        amountM: 1040,
        counterparty: 'frontier',
      });
    }
    const cashLine = companyReport(report(1), 'frontier').lines.find((l) => l.figure === 'cash');
    expect(cashLine?.why).toContain(`−$1B: ${label}`);
    expect(notes(3, 'frontier')).toContain(
      `Deal #${story.deals.signed} with Nimbus Cloud has run its course.`,
    );
    expect(notes(3, 'nimbus')).toContain(`Deal #${story.deals.signed} with Frontier AI has run its course.`);
    expect(cashItem(report(4), 'frontier', label)).toBeUndefined();
    expect(story.table.deal(story.deals.signed).progress[0]).toMatchObject({ quartersDone: 4, paidM: 4160 });
  });

  it('binds Frontier to Nimbus while it lasts, which the regulator notices', () => {
    const scrutiny = companyReport(report(0), 'frontier').lines.find((l) => l.figure === 'scrutiny');
    expect(scrutiny?.why).toContain('+30: 1 exclusive deal(s) in force');
  });
});

describe('a circular deal: Nvidia invests, and the money comes back as chip payments', () => {
  it('is accepted by Nvidia at once because the chips buy back the investment', () => {
    expect(story.logs.circular).toContain(
      'Nvidia accepts: Nvidia invests when the money comes back as orders for its chips (vendor financing).',
    );
    expect(story.logs.circular).toContain('Nvidia invested $3B in Frontier AI for 0.5% of new shares.');
    // 50 bp issued, plus the 1 bp the other holders' rounded-down dilution leaves to the new holder.
    expect(story.resolved[0]?.companies.frontier?.capTable.nvidia).toBe(51);
  });

  it('the report shows the money going round, quarter by quarter, and stops once the deal has run its course', () => {
    const id = story.deals.circular;
    // $750M prepaid at signing, then 25,000 H100 × $30M per thousand each quarter: $750M a quarter.
    const expected = ['$750M (25%)', '$1.5B (50%)', '$2.3B (75%)', '$3B (100%)'];
    expected.forEach((amount, quarter) => {
      const text = `Circular money (deal #${id}): Nvidia invested $3B in Frontier AI, and ${amount} has come back to it as payments under the same deal.`;
      expect(notes(quarter, 'frontier')).toContain(text);
      expect(report(quarter).headlines).toContain(text);
    });
    expect(report(4).headlines.join(' ')).not.toContain('Circular money');
    expect(story.table.deal(id).paidBy).toEqual({ nvidia: 3000, frontier: 3000 });
    expect(story.table.state.external['npc:nvidia']).toBe(0); // every dollar came back
  });
});

describe('a default and its consequences', () => {
  it('Meridian misses a payment: an arrear with a 10% penalty, a mark-down for a year, distress, and Nimbus may end the deal', () => {
    const id = story.deals.overreach;
    const label = `Compute commitment (deal #${id})`;
    const paid = -(cashItem(report(2), 'meridian', label)?.amountM ?? 0);
    const unpaid = 2475 - paid; // 450,000 CU × $5,500
    const penalty = applyBp(unpaid, 1000);
    expect(unpaid).toBeGreaterThan(0);
    expect(notes(2, 'meridian')).toContain(
      `Default: ${formatMoney(unpaid)} of compute commitment owed to Nimbus Cloud under deal #${id} went unpaid. It is now owed with a ${formatMoney(penalty)} penalty, the market marks the company down for a year, and Nimbus Cloud may end the deal.`,
    );
    expect(notes(2, 'meridian')).toContain(
      `In distress: ${formatMoney(unpaid + penalty)} of obligations unpaid. Raise emergency equity or sell chips before the end of next turn, or the company fails.`,
    );
    expect(notes(2, 'nimbus')).toContain(
      `Meridian Labs defaulted on ${formatMoney(unpaid)} owed under deal #${id}; you may end the deal.`,
    );
    expect(report(2).headlines).toContain('Meridian Labs defaulted on a payment to Nimbus Cloud.');
    expect(companyReport(report(2), 'meridian').status).toBe('distressed');
    const valuation = companyReport(report(2), 'meridian').lines.find((l) => l.figure === 'valuation');
    // Distress (40%) and the default (15%) on top of the short runway; the market's discount stops at 80%.
    const risk = valuation?.why[0]?.match(
      /^−\$[\d.]+B: the market's risk discount went from [\d.]+% to ([\d.]+)% \(short runway, debt, take-or-pay payments beyond what the market lets pass, arrears, an open inquiry, a recent default or an event(?:; take-or-pay payments due next year, .*)?\)$/,
    );
    expect(Number(risk?.[1])).toBeGreaterThanOrEqual(55);
    const meridian = story.resolved[2]?.companies.meridian;
    expect(meridian?.arrears).toEqual([
      {
        to: 'nimbus',
        amountM: unpaid + penalty,
        reason: `Compute commitment missed under deal #${id}, with a ${formatMoney(penalty)} penalty`,
      },
    ]);
    expect(meridian?.record.defaults).toBe(1);
    expect(meridian?.riskEffects).toEqual([
      { bp: 1500, untilQuarter: 5, reason: 'missed a payment to Nimbus Cloud' },
    ]);
  });

  it('in its next turn Meridian raises rescue money and pays, and Nimbus ends the deal', () => {
    const owed = story.resolved[2]?.companies.meridian?.arrears[0]?.amountM ?? 0;
    expect(story.logs.rescue?.[1]).toBe(
      'Rescue investors paid 60% of the last valuation: existing holders pay for the distress.',
    );
    expect(story.logs.recovered?.[0]).toBe(
      `Meridian Labs paid its ${formatMoney(owed)} of arrears and is out of distress.`,
    );
    expect(story.logs.terminate).toEqual([
      `Nimbus Cloud ended deal #${story.deals.overreach}; its remaining obligations are cancelled (money already paid stays paid).`,
    ]);
    const arrearsLabel = `Arrears paid: ${story.resolved[2]?.companies.meridian?.arrears[0]?.reason}`;
    expect(cashItem(report(3), 'nimbus', arrearsLabel)?.amountM).toBe(owed);
    expect(
      cashItem(report(3), 'meridian', `Compute commitment (deal #${story.deals.overreach})`),
    ).toBeUndefined();
    expect(companyReport(report(3), 'meridian').status).toBe('active');
  });
});

describe('an event choice answered', () => {
  it('the antitrust inquiry blocks Frontier until it answers, and "fight" has its stated consequences', () => {
    const fired = report(2).events.find((e) => e.eventId === 'antitrust-inquiry');
    expect(fired?.targets).toEqual(['frontier']);
    expect(fired?.effects).toEqual([
      "Frontier AI's regulatory scrutiny rises by 40 to 193.",
      'A decision is needed: How do you answer the regulators?',
    ]);
    expect(story.errors.choicePending).toEqual({
      code: 'turn/choicePending',
      message: 'Frontier AI must first answer the event "Antitrust inquiry".',
    });
    expect(story.logs.choice).toEqual([
      'Frontier AI chose "Fight it in court" on Antitrust inquiry: No money now, but investors price in the risk of a long case.',
      'Investors mark Frontier AI down 8% for 4 quarter(s).',
      "Frontier AI's regulatory scrutiny rises by 30 to 223.",
    ]);
  });
});

describe('a deal blocked under scrutiny', () => {
  it('a 20% stake for Stratus, reviewed at Frontier’s scrutiny, is blocked; only the proposer’s record changes', () => {
    expect(notes(1, 'frontier')).toContain(
      'Regulators opened an inquiry (scrutiny 153 ≥ 100): the market adds a 5% risk discount while it lasts.',
    );
    expect(notes(1, 'frontier')).toContain(
      'Scrutiny 153 ≥ 100: deals you sign are reviewed and may be blocked.',
    );
    for (const id of story.deals.letThrough) expect(story.table.deal(id).status).toBe('active');
    const blocked = story.table.deal(story.deals.blocked);
    expect(blocked.status).toBe('blocked');
    expect(story.logs.blockedAccept?.[1]).toMatch(
      /^Regulators blocked the deal: scrutiny of 223 and terms that would concentrate the market further \(a 54\.6% chance at this level of scrutiny\)\.$/,
    );
    expect(blocked.reason).toBe(story.logs.blockedAccept?.[1]);
    expect(story.resolved[2]?.companies.frontier?.record.blocked).toBe(1);
    expect(story.resolved[2]?.companies.frontier?.capTable.stratus).toBe(
      story.resolved[1]?.companies.frontier?.capTable.stratus,
    );
  });
});

describe('export controls cut a region’s supply', () => {
  it('Nimbus’s Gulf chips are held back to 25% while the controls last, stay queued, and arrive after', () => {
    const site = story.gulfSite;
    expect(report(2).events.find((e) => e.eventId === 'export-controls')?.effects).toEqual([
      'Export controls: only 25% of chip deliveries may enter Gulf states until the end of 2025 Q4.',
    ]);
    expect(notes(2, 'nimbus')).toContain(
      `Export controls held back 75,000 H100 chips bound for data center #${site}.`,
    );
    expect(notes(2, 'nimbus')).toContain('25,000 H100 chips delivered.');
    expect(notes(3, 'nimbus')).toContain(
      `Export controls held back 56,000 H100 chips bound for data center #${site}.`,
    );
    expect(notes(3, 'nimbus')).toContain('19,000 H100 chips delivered.');
    expect(notes(4, 'nimbus')).toContain('56,000 H100 chips delivered.');
    const installed = story.table
      .company('nimbus')
      .chipBatches.filter((b) => b.dataCenterId === site)
      .reduce((s, b) => s + b.k, 0);
    expect(installed).toBe(100);
  });
});

it('keeps every dollar accounted for', () => {
  for (const state of story.resolved) expect(moneyBalance(state)).toBe(0);
});
