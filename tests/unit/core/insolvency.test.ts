import { describe, expect, it } from 'vitest';
import { type GameState, MAJOR_ACTION_TYPES, step } from '../../../src/core';
import {
  act,
  activeCompanyId,
  companyOf,
  finishQuarter,
  ledgerTotal,
  passUntil,
  patch,
  refused,
  siteIds,
  startGame,
  withCash,
} from '../../support/game';
import { tinyLevel } from '../../support/levels';

/**
 * Lab B's staff bill is raised so that, at the end of 2025 Q1, it cannot pay everything it owes: the
 * unpaid part becomes arrears and it enters distress. Returns the state at Lab B's next turn.
 */
function labBInDistress(staffOpexM = 5400): {
  state: GameState;
  owedM: number;
  notes: string[];
  headlines: string[];
} {
  const start = patch(startGame(tinyLevel()), (draft) => {
    const lab = draft.companies['lab-b'];
    if (lab) lab.staffOpexM = staffOpexM;
  });
  const { state, report } = finishQuarter(start);
  const lab = companyOf(state, 'lab-b');
  return {
    state: passUntil(state, 'lab-b'),
    owedM: lab.arrears.reduce((sum, a) => sum + a.amountM, 0),
    notes: report.companies[1]?.notes ?? [],
    headlines: report.headlines,
  };
}

describe('insolvency: arrears, distress, rescue or failure', () => {
  it('turns payments a company cannot make into arrears and puts it in distress, saying what to do', () => {
    const { state, owedM, notes, headlines } = labBInDistress();
    const lab = companyOf(state, 'lab-b');
    expect(lab.status).toBe('distressed');
    expect(lab.cashM).toBe(0); // it paid what it could; cash never goes below zero
    expect(owedM).toBeGreaterThan(0);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^In distress: .* Raise emergency equity or sell chips before the end of next turn, or the company fails\.$/,
      ),
    );
    expect(headlines).toContain('Lab B missed payments and is in distress.');
  });

  it.each(MAJOR_ACTION_TYPES.filter((type) => type !== 'deal/propose'))(
    'refuses %s while in distress',
    (type) => {
      const { state } = labBInDistress();
      const fields: Record<string, unknown> = {
        'chips/order': { chipId: 'alpha', k: 1, dataCenterId: siteIds(state, 'lab-b')[0] },
        'chips/startProgram': { chipId: 'gamma' },
        'datacenter/build': { regionId: 'north', mw: 10 },
        'finance/raiseEquity': { amountM: 10 },
        'finance/borrow': { amountM: 10 },
        'finance/ipo': {},
        'gov/relations': { programme: 'adviser' },
      };
      const error = refused(state, { type, seat: 'lab-b', ...(fields[type] as object) });
      expect(error).toEqual({
        code: 'turn/distressed',
        message: 'Lab B is in distress: clear its arrears first (emergency raise or chip sale).',
      });
    },
  );

  it('still lets a distressed company run its compute, raise emergency equity or sell chips', () => {
    const { state } = labBInDistress();
    act(state, { type: 'compute/allocate', seat: 'lab-b', trainingBp: 1000 });
    act(state, { type: 'finance/emergencyRaise', seat: 'lab-b', amountM: 100 });
    act(state, {
      type: 'assets/sellChips',
      seat: 'lab-b',
      dataCenterId: siteIds(state, 'lab-b')[0] ?? -1,
      chipId: 'alpha',
      k: 1,
    });
  });

  it('clears distress at the end of the turn once an emergency raise covers the arrears', () => {
    const { state, owedM } = labBInDistress();
    const valuationM = companyOf(state, 'lab-b').valuationM;
    const rescued = act(state, { type: 'finance/emergencyRaise', seat: 'lab-b', amountM: owedM });
    // Rescue investors pay half the last valuation (the tiny level's 50% emergency discount).
    const stakeBp = Math.floor((owedM * 10000) / (Math.round(valuationM / 2) + owedM));
    expect(companyOf(rescued, 'lab-b').capTable['Rescue investors, 2025 Q2']).toBeGreaterThanOrEqual(stakeBp);
    const result = step(rescued, { type: 'turn/end', seat: 'lab-b' });
    if (!result.ok) throw new Error(result.error.message);
    const lab = companyOf(result.state, 'lab-b');
    expect(result.log[0]).toMatch(/^Lab B paid its \$\d+M of arrears and is out of distress\.$/);
    expect(lab).toMatchObject({ status: 'active', arrears: [], cashM: 0 });
  });

  it("clears distress with a chip sale at the level's recovery rate of book value", () => {
    const { state, owedM } = labBInDistress(5250); // only the power bill goes unpaid
    const siteId = siteIds(state, 'lab-b')[0] ?? -1;
    const bookM = companyOf(state, 'lab-b').chipBatches.reduce((sum, b) => sum + b.bookValueM, 0);
    const sold = act(state, {
      type: 'assets/sellChips',
      seat: 'lab-b',
      dataCenterId: siteId,
      chipId: 'alpha',
      k: 50,
    });
    expect(companyOf(sold, 'lab-b').cashM).toBe(Math.round(bookM / 2));
    expect(companyOf(sold, 'lab-b').chipBatches).toEqual([]);
    expect(Math.round(bookM / 2)).toBeGreaterThanOrEqual(owedM);
    const ended = act(sold, { type: 'turn/end', seat: 'lab-b' });
    expect(companyOf(ended, 'lab-b').status).toBe('active');
  });

  it('refuses to sell more chips than a site holds', () => {
    const { state } = labBInDistress();
    const siteId = siteIds(state, 'lab-b')[0] ?? -1;
    const error = refused(state, {
      type: 'assets/sellChips',
      seat: 'lab-b',
      dataCenterId: siteId,
      chipId: 'alpha',
      k: 51,
    });
    expect(error).toEqual({
      code: 'chips/notEnoughChips',
      message: `Data center #${siteId} has 50,000 Alpha; you tried to sell 51,000.`,
    });
  });

  it('fails a company that ends its turn still in arrears: it leaves, and creditors share its cash', () => {
    const { state } = labBInDistress();
    const withOrder = patch(state, (draft) => {
      // An order still in the queue, to see it cancelled.
      draft.orders.push({
        id: 999,
        companyId: 'lab-b',
        chipId: 'alpha',
        dataCenterId: siteIds(state, 'lab-b')[0] ?? -1,
        k: 5,
        deliveredK: 0,
        priceMPerK: 10,
        orderedQuarter: 1,
        eligibleQuarter: 9,
      });
    });
    const claimedBefore = withOrder.regions.north?.claimedMw ?? 0;
    const result = step(withOrder, { type: 'turn/end', seat: 'lab-b' });
    if (!result.ok) throw new Error(result.error.message);
    const lab = companyOf(result.state, 'lab-b');
    expect(result.log[0]).toMatch(
      /^Lab B could not pay \$\d+M of arrears with \$0M of cash and has failed: it leaves the game\.$/,
    );
    expect(lab).toMatchObject({ status: 'bankrupt', cashM: 0, exitQuarter: 1, valuationM: 0 });
    expect(result.state.regions.north?.claimedMw).toBe(claimedBefore - 100); // its grid power is released
    expect(result.state.orders.some((o) => o.companyId === 'lab-b')).toBe(false);
    expect(ledgerTotal(result.state)).toBe(0);
  });

  it('pays creditors whatever cash is left, in proportion to what each is owed, and never goes below zero', () => {
    const { state, owedM } = labBInDistress();
    const ended = act(withCash(state, 'lab-b', Math.floor(owedM / 2)), { type: 'turn/end', seat: 'lab-b' });
    const paidOut = (ended.cashFlow['lab-b'] ?? [])
      .filter((item) => item.label.startsWith('Paid to creditors in failure'))
      .reduce((sum, item) => sum + item.amountM, 0);
    expect(paidOut).toBe(-Math.floor(owedM / 2));
    expect(companyOf(ended, 'lab-b').cashM).toBe(0);
    expect(ledgerTotal(ended)).toBe(0);
  });

  it("skips a failed company's seat from then on and refuses its moves", () => {
    const { state } = labBInDistress();
    let current = act(state, { type: 'turn/end', seat: 'lab-b' });
    const seen = new Set<string>();
    for (let q = 0; q < 2; q++) {
      while (true) {
        seen.add(activeCompanyId(current));
        const result = step(current, { type: 'turn/end', seat: activeCompanyId(current) });
        if (!result.ok) throw new Error(result.error.message);
        current = result.state;
        if (result.report) break;
      }
    }
    expect(seen.has('lab-b')).toBe(false);
    expect(refused(current, { type: 'turn/end', seat: 'lab-b' })).toEqual({
      code: 'company/bankrupt',
      message: 'Lab B has failed and left the game.',
    });
  });

  it('hands the stakes a failed company held in others to its creditors', () => {
    // Cloud A holds 20% of Lab A. Make Cloud A fail.
    const start = patch(startGame(tinyLevel()), (draft) => {
      const cloud = draft.companies['cloud-a'];
      if (cloud) cloud.staffOpexM = 100_000;
    });
    const state = act(passUntil(finishQuarter(start).state, 'cloud-a'), {
      type: 'turn/end',
      seat: 'cloud-a',
    });
    expect(companyOf(state, 'cloud-a').status).toBe('bankrupt');
    expect(companyOf(state, 'lab-a').capTable).toEqual({ Founders: 8000, 'Creditors of Cloud A': 2000 });
  });

  it('ranks a failed company below every survivor at the end', () => {
    let { state } = labBInDistress();
    state = act(state, { type: 'turn/end', seat: 'lab-b' });
    while (state.phase !== 'over') state = finishQuarter(state).state;
    const last = state.ranking?.at(-1);
    expect(last).toMatchObject({ companyId: 'lab-b', bankrupt: true, valuationM: 0, rank: 4 });
  });

  it('refuses an emergency raise from a company that is not in distress', () => {
    expect(
      refused(startGame(tinyLevel()), { type: 'finance/emergencyRaise', seat: 'lab-a', amountM: 10 }).code,
    ).toBe('finance/notDistressed');
  });
});
