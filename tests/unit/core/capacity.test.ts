import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/core';
import { companyCapacity } from '../../../src/core/model/capacity';
import { companyOf, finishQuarter, patch, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

/** Lab A alone, with one starting site in `regionId` holding the given chips. */
function labWithSite(regionId: string, mw: number, chips: { chipId: string; k: number }[]): Level {
  return tinyLevel((level) => {
    const lab = level.companies[0];
    if (lab) lab.dataCenters = [{ regionId, mw, chips }];
  });
}

describe('capacity is limited by chips and by power', () => {
  // North has PUE 1.0, South 1.25. Alpha: 1,000 TF at 1,000 W; Beta: 3,000 TF at 1,000 W.
  const cases = [
    {
      name: 'chips fit the power: all run',
      region: 'north',
      mw: 100,
      chips: [{ chipId: 'alpha', k: 50 }],
      capacityCu: 50_000,
      idleK: 0,
      drawnMw: 50,
    },
    {
      name: 'power is short: the excess sits idle',
      region: 'north',
      mw: 100,
      chips: [{ chipId: 'alpha', k: 150 }],
      capacityCu: 100_000,
      idleK: 50,
      drawnMw: 100,
    },
    {
      name: 'PUE 1.25 leaves 80% of the MW for chips',
      region: 'south',
      mw: 100,
      chips: [{ chipId: 'alpha', k: 150 }],
      capacityCu: 80_000,
      idleK: 70,
      drawnMw: 100,
    },
    {
      name: 'the most efficient chips are powered first',
      region: 'north',
      mw: 100,
      chips: [
        { chipId: 'alpha', k: 80 },
        { chipId: 'beta', k: 50 },
      ],
      capacityCu: 50 * 3000 + 50 * 1000,
      idleK: 30,
      drawnMw: 100,
    },
    {
      name: 'no chips, no capacity',
      region: 'north',
      mw: 100,
      chips: [],
      capacityCu: 0,
      idleK: 0,
      drawnMw: 0,
    },
  ];
  it.each(cases)('$name', ({ region, mw, chips, capacityCu, idleK, drawnMw }) => {
    const state = startGame(labWithSite(region, mw, chips), ['lab-a']);
    const capacity = companyCapacity(state.config, companyOf(state, 'lab-a'));
    expect({ capacityCu: capacity.capacityCu, idleK: capacity.idleK, drawnMw: capacity.drawnMw }).toEqual({
      capacityCu,
      idleK,
      drawnMw,
    });
  });

  it('draws facility power including PUE: 80 MW of chips in a PUE-1.25 site draw 100 MW', () => {
    const state = startGame(labWithSite('south', 200, [{ chipId: 'alpha', k: 80 }]), ['lab-a']);
    expect(companyCapacity(state.config, companyOf(state, 'lab-a')).drawnMw).toBe(100);
  });

  it('gives nothing from chips installed in a site that is not yet operating', () => {
    const start = startGame(labWithSite('north', 100, [{ chipId: 'alpha', k: 50 }]), ['lab-a']);
    const building = patch(start, (draft) => {
      const site = draft.companies['lab-a']?.dataCenters[0];
      if (site) site.status = 'building';
    });
    const capacity = companyCapacity(building.config, companyOf(building, 'lab-a'));
    expect(capacity.capacityCu).toBe(0);
    expect(capacity.idleK).toBe(50);
  });

  it('tells the player when chips sat idle for lack of power', () => {
    const state = startGame(labWithSite('north', 100, [{ chipId: 'alpha', k: 150 }]), ['lab-a']);
    const { report } = finishQuarter(state);
    expect(report.companies[0]?.notes).toContainEqual(
      expect.stringMatching(/^50,000 chips sat idle: not enough operating data-center power/),
    );
  });

  it('pays for power actually drawn, not for the size of the site', () => {
    // 50k chips of 1 kW at PUE 1.0 draw 50 MW; at $1,000k per MW-quarter that is $50M.
    const state = startGame(labWithSite('north', 300, [{ chipId: 'alpha', k: 50 }]), ['lab-a']);
    const { report } = finishQuarter(state);
    expect(report.companies[0]?.cashFlow).toContainEqual({
      label: 'Power and operations (50 MW)',
      amountM: -50,
      counterparty: 'ext:suppliers',
    });
  });
});
