import { describe, expect, it } from 'vitest';
import { regionRows } from '../../../src/ui/panels/regions-rows';
import { act, finishQuarter, patch, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';
import { sandboxGame } from '../map/fixtures';

describe("the map's DOM twin", () => {
  it('lists every region of the level with its power, price and data centers', () => {
    const rows = regionRows(sandboxGame());
    expect(rows.map((r) => r.name)).toEqual([
      'Northern Virginia',
      'West Texas (Abilene)',
      'Indiana (Project Rainier)',
      'Ireland',
      'Gulf states',
    ]);
    const virginia = rows[0];
    expect(virginia?.powerMw).toBe(3000);
    expect(virginia?.powerLeftMw).toBe(3000 - 100 - 300 - 500 - 200);
    expect(virginia?.costPerMwM).toBe(11);
    expect(virginia?.sites.map((s) => [s.owner, s.mw, s.status])).toEqual([
      ['Anthropic', 100, 'operating'],
      ['Amazon Web Services', 300, 'operating'],
      ['Microsoft Azure', 500, 'operating'],
      ['Google Cloud', 200, 'operating'],
    ]);
  });

  it('says in words which regions are under export controls', () => {
    const state = patch(sandboxGame(), (draft) => {
      draft.regulation.exportControls.push({
        regionId: 'gulf',
        supplyBp: 4000,
        untilQuarter: 5,
        reason: 'Chip curbs',
      });
    });
    const gulf = regionRows(state).find((r) => r.id === 'gulf');
    expect(gulf?.exportControls).toEqual([
      'Only 40% of chip deliveries may enter, through 2026 Q2 (Chip curbs).',
    ]);
    expect(regionRows(state).find((r) => r.id === 'texas')?.exportControls).toEqual([]);
  });

  it.each([
    ['north', 250], // one quarter of permits, then three of building
    ['south', 100], // no permits, one quarter of building
  ])('gives the quarter a site in %s comes online, as the rules then bring it online', (regionId, mw) => {
    let state = act(startGame(tinyLevel()), { type: 'datacenter/build', seat: 'lab-a', regionId, mw });
    const row = () =>
      regionRows(state)
        .find((r) => r.id === regionId)
        ?.sites.at(-1);
    const promised = row()?.onlineBy;
    expect(promised).toMatch(/^\d{4} Q[1-4]$/);
    // Quarter after quarter the promise holds, and the site runs once that quarter has ended.
    for (let guard = 0; guard < 12 && row()?.status !== 'operating'; guard++) {
      expect(row()?.onlineBy).toBe(promised);
      const ended = finishQuarter(state);
      state = ended.state;
      const report = ended.report;
      if (row()?.status === 'operating') expect(report.label).toBe(promised);
    }
    expect(row()?.status).toBe('operating');
    expect(row()?.onlineBy).toBeNull();
  });
});
