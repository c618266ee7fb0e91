/**
 * Interest is paid every quarter (annual rate / 4, rounded half up) and each loan's principal falls due
 * at maturity. What cannot be paid becomes an arrear; a company with arrears is distressed and must clear
 * them during its next turn (emergency raise, chip sale) or leave the game.
 */

import { activeCompanies } from '../companies';
import { mulDiv } from '../intmath';
import { payWhatYouCan } from '../ledger';
import { formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { GameState } from '../state';

export function payFinancing(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    for (const loan of company.loans) {
      const interest = mulDiv(loan.principalM, loan.rateBp, 40000);
      const unpaid = payWhatYouCan(state, company.id, 'ext:lenders', interest, 'Interest');
      if (unpaid > 0) company.arrears.push({ to: 'ext:lenders', amountM: unpaid, reason: 'Interest' });
    }
    const due = company.loans.filter((loan) => loan.maturityQuarter <= state.quarter);
    for (const loan of due) {
      const unpaid = payWhatYouCan(
        state,
        company.id,
        'ext:lenders',
        loan.principalM,
        'Loan repaid at maturity',
      );
      if (unpaid > 0)
        company.arrears.push({ to: 'ext:lenders', amountM: unpaid, reason: 'Loan principal at maturity' });
      noteFor(
        notes,
        company.id,
        `A ${formatMoney(loan.principalM)} loan matured${unpaid > 0 ? `; ${formatMoney(unpaid)} of it could not be repaid` : ' and was repaid'}.`,
      );
    }
    company.loans = company.loans.filter((loan) => loan.maturityQuarter > state.quarter);
  }
}

/** After all payments: arrears make a company distressed; the report says what it must do. */
export function markDistress(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    const owed = company.arrears.reduce((sum, arrear) => sum + arrear.amountM, 0);
    if (owed > 0 && company.status === 'active') {
      company.status = 'distressed';
      noteFor(
        notes,
        company.id,
        `In distress: ${formatMoney(owed)} of obligations unpaid. Raise emergency equity or sell chips before the end of next turn, or the company fails.`,
      );
      notes.headlines.push(`${company.name} missed payments and is in distress.`);
    }
  }
}
