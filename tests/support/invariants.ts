/**
 * What must hold in every reachable state, as a list of broken rules (empty when all is well). Property
 * tests call it after every step; each message says which figure broke and where.
 */
import type { GameState } from '../../src/core';
import { sumValues } from './game';

/** Paths of every number in `value` that is not a safe integer (NaN, ±Infinity, fractions, 2^53+). */
export function nonIntegerPaths(value: unknown, path = 'state'): string[] {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value !== 'object') return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) found.push(...nonIntegerPaths(child, `${path}.${key}`));
  return found;
}

export function brokenInvariants(state: GameState): string[] {
  const broken: string[] = [];
  const fail = (message: string) => broken.push(message);

  const ledger =
    Object.values(state.companies).reduce((sum, c) => sum + c.cashM, 0) + sumValues(state.external);
  if (ledger !== 0) fail(`company cash plus outside accounts sums to ${ledger}, not 0`);

  const claimed: Record<string, number> = {};
  for (const company of Object.values(state.companies)) {
    const at = `companies.${company.id}`;
    if (company.cashM < 0) fail(`${at}.cashM is ${company.cashM}`);
    const capTable = sumValues(company.capTable);
    if (capTable !== 10000) fail(`${at}.capTable sums to ${capTable} bp`);
    for (const [holder, bp] of Object.entries(company.capTable))
      if (bp <= 0) fail(`${at}.capTable["${holder}"] is ${bp} bp`);
    if (company.trainingShareBp < 0 || company.trainingShareBp > 10000)
      fail(`${at}.trainingShareBp is ${company.trainingShareBp}`);
    for (const batch of company.chipBatches) {
      if (batch.k <= 0) fail(`${at} chip batch #${batch.id} holds ${batch.k}k chips`);
      if (batch.bookValueM < 0) fail(`${at} chip batch #${batch.id} book value ${batch.bookValueM}`);
      if (!company.dataCenters.some((dc) => dc.id === batch.dataCenterId))
        fail(`${at} chip batch #${batch.id} is in no data center of its owner`);
    }
    for (const site of company.dataCenters) {
      if (site.capexPaidM < 0 || site.capexPaidM > site.capexM)
        fail(`${at} site #${site.id} paid ${site.capexPaidM} of ${site.capexM}`);
      if (site.bookValueM < 0 || site.bookValueM > site.capexM)
        fail(`${at} site #${site.id} book value ${site.bookValueM}`);
      if (site.status === 'operating' && site.capexPaidM !== site.capexM)
        fail(`${at} site #${site.id} operates before it is paid for`);
      if (company.status !== 'bankrupt') claimed[site.regionId] = (claimed[site.regionId] ?? 0) + site.mw;
    }
    for (const loan of company.loans)
      if (loan.principalM <= 0) fail(`${at} loan #${loan.id} principal ${loan.principalM}`);
    for (const arrear of company.arrears) if (arrear.amountM <= 0) fail(`${at} arrear of ${arrear.amountM}`);
    // Resolution marks a company with arrears distressed at once, and its turn either clears them or ends it.
    if (company.status === 'active' && company.arrears.length > 0)
      fail(`${at} has arrears but is not in distress`);
    if (company.status === 'bankrupt' && company.cashM !== 0)
      fail(`${at} failed but still holds ${company.cashM}`);
    if (company.valuationM < 0) fail(`${at}.valuationM is ${company.valuationM}`);
  }
  for (const [id, region] of Object.entries(state.regions)) {
    if (region.claimedMw > region.powerMw)
      fail(`regions.${id} claims ${region.claimedMw} MW of ${region.powerMw}`);
    if (region.claimedMw !== (claimed[id] ?? 0))
      fail(`regions.${id} claims ${region.claimedMw} MW but its live sites add up to ${claimed[id] ?? 0}`);
  }
  for (const order of state.orders) {
    if (order.deliveredK < 0 || order.deliveredK >= order.k)
      fail(`order #${order.id} delivered ${order.deliveredK} of ${order.k}`);
    if (state.companies[order.companyId]?.status === 'bankrupt')
      fail(`order #${order.id} belongs to a failed company`);
  }
  if (state.attentionUsed < 0 || state.attentionUsed > state.config.actionsPerQuarter)
    fail(`attentionUsed is ${state.attentionUsed}`);
  if (state.phase === 'acting') {
    const seat = state.seats[state.activeSeat];
    if (!seat || state.companies[seat.companyId]?.status === 'bankrupt')
      fail(`active seat ${state.activeSeat} cannot act`);
  }
  if (state.phase === 'over' && state.ranking?.length !== state.seats.length)
    fail('the game is over without a full ranking');
  broken.push(
    ...nonIntegerPaths(state)
      .slice(0, 5)
      .map((p) => `not a whole number: ${p}`),
  );
  return broken;
}

/** Each company's cash moved by exactly the sum of its cash-flow items since the quarter began. */
export function cashFlowMismatches(state: GameState): string[] {
  const broken: string[] = [];
  for (const company of Object.values(state.companies)) {
    const start = state.snapshots[company.id]?.cashM;
    const items = state.cashFlow[company.id];
    if (start === undefined || !items) continue;
    const flowed = items.reduce((sum, item) => sum + item.amountM, 0);
    if (company.cashM - start !== flowed)
      broken.push(
        `${company.id}: cash moved ${company.cashM - start} since the quarter began but its cash-flow items add up to ${flowed}`,
      );
  }
  return broken;
}
