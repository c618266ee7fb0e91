/**
 * Loan covenants, tested every quarter after interest is paid. Lenders lent against assets and cash
 * flow; when those fall so far that the debt stands more than a quarter above what they would lend
 * today (chips depreciating, revenue falling in a downturn), they call in the excess at once — up to
 * half of the debt — and reprice what is left. What cannot be paid is an arrear: the company is in
 * distress. Borrowing to the limit in good times is how a builder fails in a bad one.
 */

import { activeCompanies } from '../companies';
import { applyBp } from '../intmath';
import { payWhatYouCan } from '../ledger';
import { lendingLimitM } from '../model/lending';
import { totalDebtM } from '../model/valuation';
import { formatBp, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { GameState } from '../state';

/** Debt may run this far (bp) above the lending limit before the covenant is breached. */
export const COVENANT_HEADROOM_BP = 2500;
/** Added to the rate of every loan left after a breach. */
export const REPRICE_BP = 200;
const MAX_RATE_BP = 3000;

export function testCovenants(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    if (company.loans.length === 0) continue;
    const debtM = totalDebtM(company);
    const limitM = lendingLimitM(state, company);
    if (debtM <= applyBp(limitM, 10000 + COVENANT_HEADROOM_BP)) continue;
    const recallM = Math.min(debtM - limitM, Math.ceil(debtM / 2));
    // The soonest-maturing loans are called first.
    let left = recallM;
    for (const loan of [...company.loans].sort(
      (a, b) => a.maturityQuarter - b.maturityQuarter || a.id - b.id,
    )) {
      const cut = Math.min(left, loan.principalM);
      loan.principalM -= cut;
      left -= cut;
    }
    company.loans = company.loans.filter((loan) => loan.principalM > 0);
    for (const loan of company.loans) loan.rateBp = Math.min(MAX_RATE_BP, loan.rateBp + REPRICE_BP);
    const unpaid = payWhatYouCan(state, company.id, 'ext:lenders', recallM, 'Loan recalled (covenant)');
    if (unpaid > 0) company.arrears.push({ to: 'ext:lenders', amountM: unpaid, reason: 'Loan recalled' });
    noteFor(
      notes,
      company.id,
      `Covenant breached: ${formatMoney(debtM)} of debt against a lending limit of ${formatMoney(limitM)}; lenders called in ${formatMoney(recallM)}${unpaid > 0 ? `, ${formatMoney(unpaid)} of it unpaid` : ''} and added ${formatBp(REPRICE_BP)} to the rest.`,
    );
    notes.headlines.push(`Lenders call in ${formatMoney(recallM)} of ${company.name}'s loans.`);
  }
}
