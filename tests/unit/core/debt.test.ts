import { describe, expect, it } from 'vitest';
import { debtCapacityM, type GameState, step } from '../../../src/core';
import { act, companyOf, finishQuarter, patch, refused, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

// Tiny level: base rate 4% a year, no spread; loans run 4 quarters; lenders lend 50% of book assets
// plus 8 quarters of positive operating cash flow.

const borrow = (state: GameState, amountM: number) =>
  act(state, { type: 'finance/borrow', seat: 'lab-a', amountM });

describe('interest', () => {
  it.each([
    { principalM: 1000, rateBp: 400, interestM: 10 },
    { principalM: 50, rateBp: 500, interestM: 1 }, // $0.625M rounds half up
    { principalM: 1234, rateBp: 775, interestM: 24 },
    { principalM: 1, rateBp: 400, interestM: 0 },
  ])('$principalM at $rateBp bp a year costs $interestM a quarter', ({ principalM, rateBp, interestM }) => {
    const state = patch(startGame(tinyLevel(), ['lab-a']), (draft) => {
      draft.companies['lab-a']?.loans.push({ id: 900, principalM, rateBp, maturityQuarter: 99 });
    });
    const { report } = finishQuarter(state);
    const paid = report.companies[0]?.cashFlow.find((item) => item.label === 'Interest')?.amountM ?? 0;
    expect(0 - paid + 0).toBe(interestM); // + 0 turns a −0 into 0
  });

  it('charges new borrowers the base rate plus the spread plus a tenth of their risk discount', () => {
    const risky = patch(startGame(tinyLevel(), ['lab-a']), (draft) => {
      const lab = draft.companies['lab-a'];
      if (lab) lab.valuation.riskDiscountBp = 1500;
    });
    const state = act(risky, { type: 'finance/borrow', seat: 'lab-a', amountM: 100 });
    expect(companyOf(state, 'lab-a').loans[0]?.rateBp).toBe(400 + 0 + 150);
  });
});

describe('borrowing and repaying', () => {
  it('pays the loan out at once and repays it at the end of the quarter its message names', () => {
    const start = startGame(tinyLevel(), ['lab-a']);
    const result = step(start, { type: 'finance/borrow', seat: 'lab-a', amountM: 1000 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.log[0]).toBe(
      'Borrowed $1B at 4% a year: $10M of interest a quarter, principal due at the end of 2025 Q4.',
    );
    expect(companyOf(result.state, 'lab-a').cashM).toBe(companyOf(start, 'lab-a').cashM + 1000);
    let state = result.state;
    const repaidIn: string[] = [];
    let interestPayments = 0;
    for (let q = 0; q < 6; q++) {
      const { state: next, report } = finishQuarter(state);
      if (report.companies[0]?.cashFlow.some((item) => item.label === 'Interest' && item.amountM === -10))
        interestPayments++;
      if (
        report.companies[0]?.cashFlow.some(
          (item) => item.label === 'Loan repaid at maturity' && item.amountM === -1000,
        )
      )
        repaidIn.push(report.label);
      state = next;
    }
    // A four-quarter loan taken in 2025 Q1 pays interest four times and is repaid at the end of 2025 Q4.
    expect(repaidIn).toEqual(['2025 Q4']);
    expect(interestPayments).toBe(4);
    expect(companyOf(state, 'lab-a').loans).toEqual([]);
  });

  it('lends up to the debt capacity and not a dollar more, naming the limit', () => {
    const state = startGame(tinyLevel(), ['lab-a']);
    // Book assets $750M × 50% + 8 × $400M of operating cash flow.
    expect(debtCapacityM(state, companyOf(state, 'lab-a'))).toBe(375 + 3200);
    expect(refused(state, { type: 'finance/borrow', seat: 'lab-a', amountM: 3576 })).toEqual({
      code: 'finance/debtLimit',
      message: 'Lenders will lend $3,575M more against your assets and cash flow; $3,576M was asked for.',
    });
    const borrowed = borrow(state, 3575);
    expect(debtCapacityM(borrowed, companyOf(borrowed, 'lab-a'))).toBe(0);
  });

  it('repays early, part or all, and drops a loan once it is paid off', () => {
    let state = borrow(startGame(tinyLevel(), ['lab-a']), 1000);
    const loanId = companyOf(state, 'lab-a').loans[0]?.id ?? -1;
    state = act(state, { type: 'finance/repay', seat: 'lab-a', loanId, amountM: 400 });
    expect(companyOf(state, 'lab-a').loans[0]?.principalM).toBe(600);
    state = act(state, { type: 'finance/repay', seat: 'lab-a', loanId, amountM: 5000 });
    expect(companyOf(state, 'lab-a').loans).toEqual([]);
    expect(companyOf(state, 'lab-a').cashM).toBe(10_000);
  });

  it('refuses to repay a loan the company does not have, or with cash it does not have', () => {
    const state = borrow(startGame(tinyLevel(), ['lab-a']), 1000);
    expect(refused(state, { type: 'finance/repay', seat: 'lab-a', loanId: 12345, amountM: 1 }).code).toBe(
      'finance/unknownLoan',
    );
    const poor = patch(state, (draft) => {
      const lab = draft.companies['lab-a'];
      if (lab) lab.cashM = 10;
    });
    const loanId = companyOf(state, 'lab-a').loans[0]?.id ?? -1;
    expect(refused(poor, { type: 'finance/repay', seat: 'lab-a', loanId, amountM: 500 }).code).toBe(
      'money/notEnoughCash',
    );
  });
});
