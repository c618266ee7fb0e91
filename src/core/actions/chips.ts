/** Ordering chips and starting an in-house chip programme. */
import { activeExclusivityOf } from '../deals/obligations';
import { partyName } from '../deals/parties';
import { ownForTransfer, transfer } from '../ledger';
import { chipById } from '../model/capacity';
import { quote } from '../quote';
import { formatCount, formatMoney, formatMoneyPair } from '../report';
import { fail } from '../result';
import type { ChipOrder, CompanyState } from '../state';
import { quarterLabel } from '../time';
import { done, type EditHandler, type Handler } from './handler';

export const orderChips: EditHandler<'chips/order'> = (edit, action, company) => {
  const state = edit.state;
  const chip = chipById(state.config, action.chipId);
  if (!chip)
    return fail('chips/unknownType', `There is no chip called ${quote(action.chipId)} in this level.`);
  if (chip.inHouse) {
    if (chip.inHouse.companyId !== company.id)
      return fail(
        'chips/notInHouse',
        `${chip.name} is designed in-house by another company; only it can order them.`,
      );
    const programme = company.programmes.find((p) => p.chipId === chip.id);
    if (!programme?.ready)
      return fail(
        'chips/programNotReady',
        `${chip.name} is still in R&D; it can be ordered once the programme is finished.`,
      );
  }
  // Exclusivity binds the company to buy chips only from its beneficiary: open-market orders are out,
  // unless the beneficiary is the partner that makes this chip. Its own in-house chips stay allowed.
  const boundTo = activeExclusivityOf(state, company.id);
  const beneficiarySellsIt = state.config.partners.some((p) => p.id === boundTo && p.chips.includes(chip.id));
  if (boundTo && !chip.inHouse && !beneficiarySellsIt)
    return fail(
      'deal/exclusivityConflict',
      `${company.name} is bound exclusively to ${partyName(state, boundTo)} and cannot buy ${chip.name} on the open market.`,
    );
  const site = company.dataCenters.find((dc) => dc.id === action.dataCenterId);
  if (!site)
    return fail(
      'datacenter/notYours',
      `You have no data center #${action.dataCenterId} to install chips in.`,
    );
  const costM = action.k * chip.priceMPerK;
  if (costM > company.cashM)
    return fail(
      'money/notEnoughCash',
      `${formatCount(action.k * 1000)} ${chip.name} cost ${formatMoneyPair(costM, company.cashM).join(', paid on order; you have ')}.`,
    );

  const queuedAhead = state.orders
    .filter((order) => order.chipId === chip.id)
    .reduce((sum, order) => sum + order.k - order.deliveredK, 0);
  const vendor = chip.inHouse ? 'ext:suppliers' : 'ext:chipVendors';
  ownForTransfer(edit, company.id, vendor);
  transfer(state, company.id, vendor, costM, `${chip.name} chips ordered`);
  edit.own<CompanyState['totals']>('companies', company.id, 'totals').capexM += costM;
  edit.own<ChipOrder[]>('orders').push({
    id: state.nextId++,
    companyId: company.id,
    chipId: chip.id,
    dataCenterId: site.id,
    k: action.k,
    deliveredK: 0,
    priceMPerK: chip.priceMPerK,
    orderedQuarter: state.quarter,
    eligibleQuarter: state.quarter + chip.leadQuarters,
  });
  return done(
    `Ordered ${formatCount(action.k * 1000)} ${chip.name} for ${formatMoney(costM)}, paid now.`,
    `Deliveries start at the end of ${quarterLabel(state.config, state.quarter + chip.leadQuarters)}: ${formatCount(chip.supplyKPerQuarter * 1000)} a quarter are made, shared first come, first served, and ${formatCount(queuedAhead * 1000)} are queued ahead of you.`,
  );
};

export const startProgramme: Handler<'chips/startProgram'> = (state, action, company) => {
  const chip = chipById(state.config, action.chipId);
  if (!chip)
    return fail('chips/unknownType', `There is no chip called ${quote(action.chipId)} in this level.`);
  if (!chip.inHouse || chip.inHouse.companyId !== company.id)
    return fail('chips/notInHouse', `${chip.name} is not a chip ${company.name} can design in-house.`);
  if (company.programmes.some((p) => p.chipId === chip.id))
    return fail('chips/programAlreadyStarted', `The ${chip.name} programme is already under way.`);
  company.programmes.push({ chipId: chip.id, startedQuarter: state.quarter, quartersDone: 0, ready: false });
  const { rndQuarters, rndCostPerQuarterM } = chip.inHouse;
  return done(
    `Started the ${chip.name} programme: ${formatMoney(rndCostPerQuarterM)} of R&D a quarter for ${rndQuarters} quarters (${formatMoney(rndQuarters * rndCostPerQuarterM)} in all).`,
    `First units can be ordered from ${quarterLabel(state.config, state.quarter + rndQuarters)}, at ${formatMoney(chip.priceMPerK)} per thousand.`,
  );
};
