/**
 * Every $M that moves goes through `transfer`: one account loses exactly what another gains, so company
 * cash plus the outside accounts always sums to zero, and each company's quarter has a cash-flow list
 * that explains its cash line in the report.
 */
import type { StateEdit } from './edit';
import { ownRecord } from './own';
import type { GameState } from './state';

/** Outside accounts: the fixed `ext:*` ones and one `npc:<id>` per level partner. They may go negative. */
export const isExternal = (account: string): boolean =>
  account.startsWith('ext:') || account.startsWith('npc:');

export function balanceOf(state: GameState, account: string): number {
  if (isExternal(account)) return ownRecord(state.external, account) ?? 0;
  return ownRecord(state.companies, account)?.cashM ?? 0;
}

/** Moves `amountM` (≥ 0) from one account to another. Callers check that a company can afford it. */
export function transfer(state: GameState, from: string, to: string, amountM: number, label: string): void {
  if (amountM <= 0 || from === to) return;
  adjust(state, from, -amountM);
  adjust(state, to, amountM);
  record(state, from, label, -amountM, to);
  record(state, to, label, amountM, from);
}

/**
 * Pays as much of `amountM` as the payer's cash allows and returns what is still owed. Never takes a
 * company's cash below zero: the unpaid part becomes an arrear, handled by the insolvency process.
 */
export function payWhatYouCan(
  state: GameState,
  from: string,
  to: string,
  amountM: number,
  label: string,
): number {
  const available = isExternal(from) ? amountM : Math.max(0, ownRecord(state.companies, from)?.cashM ?? 0);
  const paid = Math.min(amountM, available);
  transfer(state, from, to, paid, label);
  return amountM - paid;
}

function adjust(state: GameState, account: string, delta: number): void {
  if (isExternal(account)) {
    state.external[account] = (ownRecord(state.external, account) ?? 0) + delta;
    return;
  }
  const company = ownRecord(state.companies, account);
  if (company) company.cashM += delta;
}

function record(
  state: GameState,
  account: string,
  label: string,
  amountM: number,
  counterparty: string,
): void {
  if (isExternal(account)) return;
  const items = ownRecord(state.cashFlow, account);
  if (!items) return;
  // Fold repeated items of the same kind (e.g. interest on several loans) into one line. The item is
  // replaced, not changed in place, so a copied list never writes into an earlier state's items.
  const index = items.findIndex((item) => item.label === label && item.counterparty === counterparty);
  const same = items[index];
  if (same) items[index] = { label, amountM: same.amountM + amountM, counterparty };
  else items.push({ label, amountM, counterparty });
}

/** Makes what `transfer` between these accounts writes editable in a hand-copied state (see edit.ts). */
export function ownForTransfer(edit: StateEdit, ...accounts: string[]): void {
  for (const account of accounts) {
    if (isExternal(account)) {
      edit.own('external');
    } else if (ownRecord(edit.state.companies, account)) {
      edit.own('companies', account);
      if (ownRecord(edit.state.cashFlow, account)) edit.own('cashFlow', account);
    }
  }
}
