/**
 * Partners' staged programmes: Nvidia's letter of intent offers a tranche when it is signed and one more
 * per stage of its chips deployed, each returning as prepaid chip orders; AMD's agreement comes with a
 * warrant whose tranches vest, as cash, when enough AMD chips are running.
 */
import { describe, expect, it } from 'vitest';
import { answerProgrammeOffer } from '../../../src/bots/partner-offers';
import { TRAITS } from '../../../src/bots/traits';
import type { Level } from '../../../src/core';
import { parseLevel } from '../../../src/core';
import {
  letterStatus,
  programmeOfferKind,
  tranchesFor,
  warrantTrancheM,
} from '../../../src/core/deals/programmes';
import { firstSite, nvidiaLetterArena, quietArena, Table, terms } from '../../support/deal-fixtures';
import { patch } from '../../support/game';
import { amdChip, amdWarrantPartner } from '../../support/levels';

/** Nvidia's letter naming frontier from quarter 2: $2B at once, $2B per 100 MW, up to $6B. */
function letterArena(edit?: (level: Level) => void): Level {
  return nvidiaLetterArena(2, (level) => {
    // Room beside the starting chips, so that new chips can be powered.
    const site = level.companies.find((c) => c.id === 'frontier')?.dataCenters[0];
    if (site) site.mw = 900;
    edit?.(level);
  });
}

/** test-arena with an AMD partner whose agreement with frontier carries a warrant, offered from quarter 1. */
function warrantArena(): Level {
  return quietArena((level) => {
    level.chips.push(amdChip(100));
    level.partners.push(amdWarrantPartner('frontier', 100, { kPerQuarter: 20, quarters: 4 }));
    const site = level.companies.find((c) => c.id === 'frontier')?.dataCenters[0];
    if (site) site.mw = 900;
  });
}

const offersFrom = (t: Table, partnerId: string) =>
  t.state.deals.filter((d) => d.from === partnerId && d.proposedQuarter === t.state.quarter);

const moneyTotal = (t: Table) =>
  Object.values(t.state.companies).reduce((sum, c) => sum + c.cashM, 0) +
  Object.values(t.state.external).reduce((sum, v) => sum + v, 0);

describe("Nvidia's letter of intent (a staged investment)", () => {
  it('offers nothing before the letter is signed, then the first tranche as prepaid chip orders', () => {
    const t = new Table(letterArena());
    expect(offersFrom(t, 'nvidia')).toEqual([]);
    t.finishQuarter();
    const [offer] = offersFrom(t, 'nvidia');
    expect(offer?.to).toBe('frontier');
    expect(offer && programmeOfferKind(t.state, offer)).toBe('letter');
    const [equity, chips] = offer?.terms ?? [];
    const valuation = t.company('frontier').valuationM;
    expect(equity).toMatchObject({ kind: 'equity', investor: 'nvidia', investee: 'frontier', amountM: 2000 });
    expect(equity?.kind === 'equity' && equity.stakeBp).toBe(Math.ceil((2000 * 10000) / (valuation + 2000)));
    expect(chips).toMatchObject({
      kind: 'chipSupply',
      supplier: 'nvidia',
      chipId: 'b200',
      prepaymentM: 2000,
    });
    if (chips?.kind !== 'chipSupply') throw new Error('no chip supply');
    expect(chips.kPerQuarter * chips.priceMPerK * chips.quarters).toBeGreaterThanOrEqual(2000);
    expect(offer?.reason).toContain(
      "the next unlocks at 100 MW of its chips deployed (0 MW so far, in the lab's sites and its share of its compute providers')",
    );

    const cashBefore = t.company('frontier').cashM;
    const total = moneyTotal(t);
    t.act({ type: 'deal/accept', seat: 'frontier', dealId: offer?.id ?? -1 });
    // The investment came in and went straight back to Nvidia as the chips' prepayment.
    expect(t.company('frontier').cashM).toBe(cashBefore);
    expect(t.company('frontier').capTable.nvidia).toBeGreaterThan(0);
    expect(t.state.external['npc:nvidia']).toBe(0);
    expect(moneyTotal(t)).toBe(total);
  });

  it('invests no more than the letter has unlocked, and unlocks the next tranche with chips deployed', () => {
    const t = new Table(letterArena());
    t.finishQuarter();
    const first = offersFrom(t, 'nvidia')[0];
    t.act({ type: 'deal/accept', seat: 'frontier', dealId: first?.id ?? -1 });
    const site = firstSite(t, 'frontier');
    // A lab's own vendor-financing proposal beyond what the letter has unlocked is refused in one sentence.
    const valuation = t.company('frontier').valuationM;
    t.act({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nvidia',
      terms: [
        terms.equity('nvidia', 'frontier', 2000, Math.ceil((2000 * 10000) / (valuation + 2000))),
        terms.chips('nvidia', 'frontier', site, {
          chipId: 'b200',
          kPerQuarter: 20,
          priceMPerK: 38,
          quarters: 4,
        }),
      ],
    });
    expect(t.lastDeal.status).toBe('refused');
    expect(t.lastDeal.reason).toBe(
      "Nvidia's letter has unlocked $0M more for now; the next unlocks at 100 MW of its chips deployed (own, or under compute commitments).",
    );
    // The first tranche's chips (69 MW) and an order of H100s (91 MW) arrive over the next quarters: once
    // 100 MW of new Nvidia chips run, tranche two is offered.
    t.act({ type: 'chips/order', seat: 'frontier', chipId: 'h100', k: 100, dataCenterId: site });
    let offered = false;
    for (let q = 0; q < 6 && !offered; q++) {
      t.finishQuarter();
      const status = letterStatus(t.state, t.state.config.partners.find((p) => p.id === 'nvidia') ?? never());
      offered = offersFrom(t, 'nvidia').length > 0;
      expect(offered).toBe((status?.newMw ?? 0) >= 100);
    }
    expect(offered).toBe(true);
    expect(offersFrom(t, 'nvidia')[0]?.terms[0]).toMatchObject({ kind: 'equity', amountM: 2000 });
  });

  it('buys its tranches at the market valuation, not above it', () => {
    const t = new Table(letterArena());
    t.finishQuarter();
    const offer = offersFrom(t, 'nvidia')[0];
    if (!offer) throw new Error('no offer');
    const [equity, chips] = offer.terms;
    if (equity?.kind !== 'equity' || !chips) throw new Error('unexpected terms');
    t.act({
      type: 'deal/counter',
      seat: 'frontier',
      dealId: offer.id,
      terms: [{ ...equity, stakeBp: Math.floor(equity.stakeBp * 0.8) }, chips],
    });
    expect(t.lastDeal.status).toBe('refused');
    expect(t.lastDeal.reason).toMatch(/^Nvidia buys its tranches at the market's valuation: /);
  });

  it('is taken by a bot when it can power the chips, without a counter', () => {
    const t = new Table(letterArena());
    t.finishQuarter();
    const offer = offersFrom(t, 'nvidia')[0];
    if (!offer) throw new Error('no offer');
    const answer = answerProgrammeOffer(t.state, t.company('frontier'), offer, TRAITS.financier);
    expect(answer?.action?.type).toBe('deal/accept');
    expect(answer?.reason).toMatch(
      /^Accepted: worth about \+\$[\d.]+[MB] to us on the partner's public terms\.$/,
    );
    // An ordinary proposal is left to the usual bargaining.
    const own = { ...offer, from: 'frontier', to: 'nvidia' };
    expect(answerProgrammeOffer(t.state, t.company('frontier'), own, TRAITS.financier)).toBeNull();
  });
});

describe("AMD's warrant", () => {
  it('is worth its shares at the level price less the strike, a sixth a tranche', () => {
    const warrant = warrantArena().partners.find((p) => p.id === 'amd')?.warrant;
    // 160M shares × ($165 − $0.01) = $26,398M, in six tranches.
    expect(warrant && warrantTrancheM(warrant)).toBe(4399);
  });

  it('vests nothing until the holder signs the agreement, then a tranche per stage of AMD chips running', () => {
    const t = new Table(warrantArena());
    const offer = offersFrom(t, 'amd')[0];
    expect(offer && programmeOfferKind(t.state, offer)).toBe('warrant');
    expect(offer?.terms).toEqual([
      expect.objectContaining({ kind: 'chipSupply', supplier: 'amd', buyer: 'frontier', kPerQuarter: 20 }),
    ]);
    expect(offer?.reason).toContain('a warrant for 160,000,000 AMD shares vests in 6 tranches');
    // Refused in the first quarter (AMD chips bought on the open market earn nothing), offered again.
    t.act({ type: 'deal/refuse', seat: 'frontier', dealId: offer?.id ?? -1, reason: 'Not now.' });
    t.act({
      type: 'chips/order',
      seat: 'frontier',
      chipId: 'mi355x',
      k: 60,
      dataCenterId: firstSite(t, 'frontier'),
    });
    t.finishQuarter();
    t.finishQuarter();
    expect(t.state.warrantTranches.amd ?? 0).toBe(0);
    const again = offersFrom(t, 'amd')[0];
    expect(again).toBeDefined();
    const total = moneyTotal(t);
    t.act({ type: 'deal/accept', seat: 'frontier', dealId: again?.id ?? -1 });
    t.finishQuarter();
    // 60k ordered + 20k delivered under the agreement = 80k × 1.4 kW × PUE 1.3 = 145 MW: one tranche.
    expect(t.state.warrantTranches.amd).toBe(1);
    const vested = t.reports.at(-1)?.companies.find((c) => c.companyId === 'frontier');
    expect(JSON.stringify(vested)).toContain("AMD's warrant: tranche 1 of 6 vested");
    expect(JSON.stringify(vested)).toContain('shares exercised and sold at $165 bring $4.4B');
    expect(moneyTotal(t)).toBe(total);
    // Signed: no more offers.
    expect(offersFrom(t, 'amd')).toEqual([]);
  });
});

describe('the programmes stop at their limits', () => {
  it('a warrant vests at most its tranches, and none below its first stage', () => {
    const warrant = warrantArena().partners.find((p) => p.id === 'amd')?.warrant;
    if (!warrant) throw new Error('no warrant');
    expect(tranchesFor(warrant, 99)).toBe(0);
    expect(tranchesFor(warrant, 100)).toBe(1);
    expect(tranchesFor(warrant, 250)).toBe(2);
    expect(tranchesFor(warrant, 100_000)).toBe(6);
  });

  it('a letter unlocks no more than its total, however many chips run', () => {
    const t = new Table(
      letterArena((level) => {
        const site = level.companies.find((c) => c.id === 'frontier')?.dataCenters[0];
        // 1,000 MW of new H100s beside the starting ones would unlock ten stages; the letter allows two more.
        if (site) {
          site.mw = 3000;
          site.chips.push({ chipId: 'h100', k: 1100 });
        }
      }),
    );
    const nvidia = t.state.config.partners.find((p) => p.id === 'nvidia');
    if (!nvidia) throw new Error('no nvidia');
    t.finishQuarter();
    // The starting chips are the baseline: none of them counts as deployed under the letter.
    expect(letterStatus(t.state, nvidia)).toMatchObject({ newMw: 0, unlockedM: 2000, investedM: 0 });
    // 1,000k more H100s (700 MW of chips, 910 MW with cooling) would unlock nine stages: the total caps it.
    const more = patch(t.state, (draft) => {
      const frontier = draft.companies.frontier;
      const site = frontier?.dataCenters[0];
      if (frontier && site)
        frontier.chipBatches.push({
          id: 9999,
          dataCenterId: site.id,
          chipId: 'h100',
          k: 1000,
          bookValueM: 0,
          depreciationQuartersLeft: 20,
        });
    });
    expect(letterStatus(more, nvidia)).toMatchObject({ newMw: 910, unlockedM: 6000, nextStageMw: null });
  });
});

describe('levels with programmes', () => {
  it('report a letter or warrant naming no company of the level, with the path', () => {
    const level = warrantArena();
    const amd = level.partners.find((p) => p.id === 'amd');
    if (amd?.warrant) amd.warrant.holder = 'nobody';
    const nvidia = level.partners.find((p) => p.id === 'nvidia');
    if (nvidia)
      nvidia.stagedInvestment = {
        investee: 'ghost',
        fromQuarter: 1,
        firstM: 1,
        perStageM: 1,
        stageMw: 1,
        totalM: 1,
      };
    const parsed = parseLevel(level);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.problems.map((p) => p.path);
    expect(paths).toContain('partners[0].stagedInvestment.investee');
    expect(paths).toContain('partners[2].warrant.holder');
  });
});

function never(): never {
  throw new Error('unreachable');
}
