/**
 * What counts as a chipmaker's chips deployed for a lab (Nvidia's letter, AMD's warrant): the lab's own
 * running chips, plus its share of what each compute provider delivering to it under a commitment runs —
 * as the sources count the systems deployed for OpenAI in Oracle's and others' sites.
 */
import { describe, expect, it } from 'vitest';
import { findLevel } from '../../../src/cli/levels';
import { parseSeatSpec, resolveSeats } from '../../../src/cli/seats';
import type { Level } from '../../../src/core';
import { newGame } from '../../../src/core';
import { ownPartnerMw, partnerMwDeployedFor } from '../../../src/core/deals/deployed-for';
import { offerProgrammes } from '../../../src/core/deals/programme-offers';
import { letterStatus } from '../../../src/core/deals/programmes';
import type { GameState } from '../../../src/core/state';
import { nvidiaLetterArena, quietArena, Table, terms } from '../../support/deal-fixtures';
import { patch } from '../../support/game';
import { amdChip, amdWarrantPartner } from '../../support/levels';

/** Nvidia's letter names frontier from the first quarter: $2B at once, $2B per 100 MW, up to $6B. */
const letterArena = (edit?: (level: Level) => void): Level => nvidiaLetterArena(1, edit);

const partner = (state: GameState, id: string) => {
  const found = state.config.partners.find((p) => p.id === id);
  if (!found) throw new Error(`no partner ${id}`);
  return found;
};

const company = (state: GameState, id: string) => {
  const found = state.companies[id];
  if (!found) throw new Error(`no company ${id}`);
  return found;
};

// stratus runs 270k H100 in Texas: 189 MW of chips, 245 MW with cooling (PUE 1.3); 534,330 CU a quarter.
const STRATUS_NVIDIA_MW = 245;
const STRATUS_CU = 270 * 1979;

/** frontier commits to buy `cu` a quarter from stratus for four quarters, and stratus signs. */
function commitFromStratus(t: Table, cu: number, startsInQuarters?: number): void {
  const term = terms.compute('stratus', 'frontier', cu, 3000, 4);
  if (startsInQuarters && term.kind === 'computeCommitment') term.startsInQuarters = startsInQuarters;
  t.act({ type: 'deal/propose', seat: 'frontier', to: 'stratus', terms: [term] });
  t.act({ type: 'deal/accept', seat: 'stratus', dealId: t.lastDeal.id });
  expect(t.lastDeal.status).toBe('active');
}

describe("a chipmaker's chips deployed for a lab", () => {
  it("counts the lab's share of a provider's chips under a commitment, and unlocks a tranche with it", () => {
    const t = new Table(letterArena());
    const nvidia = partner(t.state, 'nvidia');
    const own = ownPartnerMw(t.state, nvidia, company(t.state, 'frontier'));
    expect(letterStatus(t.state, nvidia)).toMatchObject({ newMw: 0, unlockedM: 2000 });
    // Half of stratus's compute: half of its 245 MW of Nvidia chips run for frontier.
    commitFromStratus(t, Math.floor(STRATUS_CU / 2));
    expect(ownPartnerMw(t.state, nvidia, company(t.state, 'stratus'))).toBe(STRATUS_NVIDIA_MW);
    expect(partnerMwDeployedFor(t.state, nvidia, company(t.state, 'frontier'))).toBe(own + 122);
    expect(letterStatus(t.state, nvidia)).toMatchObject({ newMw: 122, unlockedM: 4000, nextStageMw: 200 });
    // The provider gains nothing for itself: the chips it runs for others are not deployed for it.
    expect(partnerMwDeployedFor(t.state, nvidia, company(t.state, 'stratus'))).toBe(STRATUS_NVIDIA_MW);
  });

  it('caps a commitment at all of the provider’s chips, however much more it commits', () => {
    const t = new Table(letterArena());
    const nvidia = partner(t.state, 'nvidia');
    commitFromStratus(t, Math.floor(STRATUS_CU / 2));
    // Three times stratus's compute: still only all of its Nvidia chips run for frontier.
    const shrunk = patch(t.state, (draft) => {
      const deal = draft.deals.at(-1);
      const term = deal?.terms[0];
      if (term?.kind === 'computeCommitment') term.cuPerQuarter = STRATUS_CU * 3;
    });
    expect(letterStatus(shrunk, nvidia)?.newMw).toBe(STRATUS_NVIDIA_MW);
  });

  it('counts nothing for a commitment sold forward until it starts, nor once it has ended', () => {
    const t = new Table(letterArena());
    const nvidia = partner(t.state, 'nvidia');
    commitFromStratus(t, Math.floor(STRATUS_CU / 2), 2);
    expect(letterStatus(t.state, nvidia)?.newMw).toBe(0);
    t.finishQuarter();
    expect(letterStatus(t.state, nvidia)?.newMw).toBe(0);
    t.finishQuarter();
    expect(letterStatus(t.state, nvidia)?.newMw).toBe(122);
    const ended = patch(t.state, (draft) => {
      const deal = draft.deals.find((d) => d.status === 'active' && d.to === 'stratus');
      if (deal) deal.status = 'terminated';
    });
    expect(letterStatus(ended, nvidia)?.newMw).toBe(0);
  });

  it("counts the letter's gigawatts from its signing: chips deployed for the lab before it are not new", () => {
    const t = new Table(
      letterArena((level) => {
        const letter = level.partners.find((p) => p.id === 'nvidia')?.stagedInvestment;
        if (letter) letter.fromQuarter = 3;
      }),
    );
    const nvidia = partner(t.state, 'nvidia');
    commitFromStratus(t, Math.floor(STRATUS_CU / 2));
    const before = partnerMwDeployedFor(t.state, nvidia, company(t.state, 'frontier'));
    expect(letterStatus(t.state, nvidia)).toMatchObject({ open: false, newMw: 0, unlockedM: 0 });
    t.finishQuarter();
    t.finishQuarter();
    // The letter is signed as its first quarter begins: the 122 MW already running for frontier are its baseline.
    expect(t.state.letterBaselineMw.nvidia).toBe(before);
    expect(letterStatus(t.state, nvidia)).toMatchObject({ open: true, newMw: 0, unlockedM: 2000 });
  });

  it('keeps a milestone reached when the commitment whose chips reached it ends', () => {
    const t = new Table(letterArena());
    const nvidia = partner(t.state, 'nvidia');
    commitFromStratus(t, Math.floor(STRATUS_CU / 2));
    t.finishQuarter();
    expect(letterStatus(t.state, nvidia)).toMatchObject({ newMw: 122, stages: 1, unlockedM: 4000 });
    expect(t.state.letterStages.nvidia).toBe(1);
    const ended = patch(t.state, (draft) => {
      const deal = draft.deals.find((d) => d.status === 'active' && d.to === 'stratus');
      if (deal) deal.status = 'terminated';
    });
    // The chips no longer run for frontier, but the gigawatt was deployed: its tranche stays unlocked.
    expect(letterStatus(ended, nvidia)).toMatchObject({
      newMw: 0,
      stages: 1,
      unlockedM: 4000,
      nextStageMw: 200,
    });
    // And the next offer says so, rather than "0 MW so far" as if the milestone had been lost.
    const offered = patch(ended, (draft) => {
      const site = draft.companies.frontier?.dataCenters[0];
      if (site) site.mw += 300; // room for the tranche's chips: frontier's one site is full
      offerProgrammes(draft);
    });
    const offer = offered.deals.filter((d) => d.from === 'nvidia' && d.status === 'proposed').at(-1);
    expect(offer?.reason).toContain(
      `the next unlocks at 200 MW of its chips deployed (${letterStatus(offered, nvidia)?.newMw} MW running now; the 100 MW reached earlier stays counted,`,
    );
    expect(offer?.reason).not.toContain('so far');
  });

  it("counts a cloud partner's stated chips for the CU it sells, and none of another chipmaker's", () => {
    const t = new Table(
      letterArena((level) => {
        const orbital = level.partners.find((p) => p.id === 'orbital');
        if (orbital) orbital.fleet = { chipId: 'b200', regionId: 'texas' };
        level.chips.push(amdChip(100));
        level.partners.push(amdWarrantPartner('frontier', 100, { kPerQuarter: 20, quarters: 4 }));
      }),
    );
    t.act({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'orbital',
      terms: [terms.compute('orbital', 'frontier', 450_000, 3000, 4)],
    });
    expect(t.lastDeal.status).toBe('active');
    // 450,000 CU on B200s (4,500 TF, 1,000 W) is 100k chips: 100 MW of chips, 130 MW with Texas's cooling.
    expect(letterStatus(t.state, partner(t.state, 'nvidia'))).toMatchObject({ newMw: 130, unlockedM: 4000 });
    const amd = partner(t.state, 'amd');
    expect(partnerMwDeployedFor(t.state, amd, company(t.state, 'frontier'))).toBe(0);
  });

  it("counts AMD chips a provider runs for the warrant's holder", () => {
    const t = new Table(
      quietArena((level) => {
        level.chips.push(amdChip(100));
        level.partners.push(amdWarrantPartner('frontier', 100, { kPerQuarter: 20, quarters: 4 }));
      }),
    );
    commitFromStratus(t, Math.floor(STRATUS_CU / 2));
    const amd = partner(t.state, 'amd');
    expect(partnerMwDeployedFor(t.state, amd, company(t.state, 'frontier'))).toBe(0);
    // Stratus swaps its H100s for as many MI355X as its site powers (137k at 1,400 W: 191 MW of chips).
    const swapped = patch(t.state, (draft) => {
      const batch = draft.companies.stratus?.chipBatches[0];
      if (batch) {
        batch.chipId = 'mi355x';
        batch.k = 137;
      }
    });
    const stratus = company(swapped, 'stratus');
    const amdMw = ownPartnerMw(swapped, amd, stratus);
    expect(amdMw).toBe(Math.floor((137 * 1400 * 13000) / 10000 / 1000));
    // Its capacity is now 685,000 CU, so frontier's 267,165 CU take 39% of its AMD chips.
    const share = Math.floor((amdMw * Math.floor(STRATUS_CU / 2)) / (137 * 5000));
    expect(partnerMwDeployedFor(swapped, amd, company(swapped, 'frontier'))).toBe(share);
  });

  it('starts every level with a letter at nothing deployed beyond its baseline', () => {
    for (const id of ['1-4-trillion-question', 'circular-money']) {
      const found = findLevel(id);
      if (!found.ok) throw new Error(found.message);
      const plan = parseSeatSpec('random', found.level);
      if (!plan.ok) throw new Error(plan.message);
      const started = newGame({ level: found.level, seats: resolveSeats(plan.plan, 1).seats, seed: 1 });
      if (!started.ok) throw new Error(started.error.message);
      expect(letterStatus(started.state, partner(started.state, 'nvidia'))?.newMw).toBe(0);
    }
  });
});
