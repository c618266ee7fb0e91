/**
 * Ending a turn. A distressed company must have cleared its arrears by now: if it has the cash they are
 * paid and it recovers; if not, it fails and leaves the game (its cash goes to its creditors, its grid
 * power is released, its chip orders are cancelled, its stakes pass to its creditors). When the last seat
 * ends its turn, the quarter resolves.
 */
import { mulDivFloor } from '../intmath';
import { transfer } from '../ledger';
import { formatMoney } from '../report';
import { resolveQuarter } from '../resolve/quarter';
import { fail } from '../result';
import type { CompanyState, GameState } from '../state';
import { done, type EditHandler, type Handler } from './handler';

export const endTurn: Handler<'turn/end'> = (state, _action, company) => {
  const log: string[] = [];
  if (company.status === 'distressed') log.push(settleDistress(state, company));
  const next = nextSeatIndex(state, state.activeSeat);
  if (next !== null) {
    state.activeSeat = next;
    state.attentionUsed = 0;
    log.push(`${state.companies[state.seats[next]?.companyId ?? '']?.name ?? 'The next company'} to act.`);
    return done(...log);
  }
  const report = resolveQuarter(state);
  log.push(`${report.label} resolved.`);
  if (state.phase === 'over') log.push('The game is over.');
  for (const event of state.events.filter((e) => e.quarter === state.quarter && state.phase !== 'over'))
    log.push(`Event — ${event.title}: ${event.text} ${event.effects.join(' ')}`);
  return { ok: true, log, report };
};

export function nextSeatIndex(state: GameState, from: number): number | null {
  for (let i = from + 1; i < state.seats.length; i++) {
    if (state.companies[state.seats[i]?.companyId ?? '']?.status !== 'bankrupt') return i;
  }
  return null;
}

/** The common case of ending a turn — not in distress, not the last seat — on a hand-copied state. */
export const passTurn: EditHandler<'turn/end'> = (edit) => {
  const state = edit.state;
  const next = nextSeatIndex(state, state.activeSeat);
  if (next === null)
    return fail('internal/error', 'The last seat ended its turn without resolving the quarter.');
  state.activeSeat = next;
  state.attentionUsed = 0;
  return done(`${state.companies[state.seats[next]?.companyId ?? '']?.name ?? 'The next company'} to act.`);
};

function settleDistress(state: GameState, company: CompanyState): string {
  const owedM = company.arrears.reduce((sum, arrear) => sum + arrear.amountM, 0);
  if (company.cashM >= owedM) {
    for (const arrear of company.arrears)
      transfer(state, company.id, arrear.to, arrear.amountM, `Arrears paid: ${arrear.reason}`);
    company.arrears = [];
    company.status = 'active';
    return `${company.name} paid its ${formatMoney(owedM)} of arrears and is out of distress.`;
  }
  failCompany(state, company, owedM);
  return `${company.name} could not pay ${formatMoney(owedM)} of arrears with ${formatMoney(company.cashM)} of cash and has failed: it leaves the game.`;
}

export function failCompany(state: GameState, company: CompanyState, owedM: number): void {
  // Creditors share whatever cash is left in proportion to what each is owed.
  const cash = company.cashM;
  for (const arrear of company.arrears)
    transfer(
      state,
      company.id,
      arrear.to,
      mulDivFloor(cash, arrear.amountM, owedM),
      `Paid to creditors in failure: ${arrear.reason}`,
    );
  transfer(state, company.id, 'ext:lenders', company.cashM, 'Paid to creditors in failure');
  company.arrears = [];
  company.status = 'bankrupt';
  company.exitQuarter = state.quarter;
  company.valuationM = 0;
  for (const site of company.dataCenters) {
    const region = state.regions[site.regionId];
    if (region) region.claimedMw -= site.mw;
  }
  state.orders = state.orders.filter((order) => order.companyId !== company.id);
  for (const other of Object.values(state.companies)) {
    const stake = other.capTable[company.id];
    if (stake === undefined) continue;
    delete other.capTable[company.id];
    other.capTable[`Creditors of ${company.name}`] = stake;
  }
}
