/** A forced sale of installed chips (oldest batches first) at a discount to book value. */
import { applyBp, mulDiv } from '../intmath';
import { transfer } from '../ledger';
import { chipById } from '../model/capacity';
import { quote } from '../quote';
import { formatBp, formatCount, formatMoney } from '../report';
import { fail } from '../result';
import { done, type Handler } from './handler';

export const sellChips: Handler<'assets/sellChips'> = (state, action, company) => {
  const chip = chipById(state.config, action.chipId);
  if (!chip)
    return fail('chips/unknownType', `There is no chip called ${quote(action.chipId)} in this level.`);
  if (!company.dataCenters.some((dc) => dc.id === action.dataCenterId))
    return fail('datacenter/notYours', `You have no data center #${action.dataCenterId}.`);
  const batches = company.chipBatches.filter(
    (b) => b.dataCenterId === action.dataCenterId && b.chipId === chip.id,
  );
  const installedK = batches.reduce((sum, b) => sum + b.k, 0);
  if (action.k > installedK)
    return fail(
      'chips/notEnoughChips',
      `Data center #${action.dataCenterId} has ${formatCount(installedK * 1000)} ${chip.name}; you tried to sell ${formatCount(action.k * 1000)}.`,
    );

  let toSell = action.k;
  let bookSoldM = 0;
  for (const batch of batches) {
    if (toSell === 0) break;
    const take = Math.min(toSell, batch.k);
    const book = take === batch.k ? batch.bookValueM : mulDiv(batch.bookValueM, take, batch.k);
    batch.k -= take;
    batch.bookValueM -= book;
    bookSoldM += book;
    toSell -= take;
  }
  company.chipBatches = company.chipBatches.filter((b) => b.k > 0);
  const recoveryBp = state.config.market.assetSaleRecoveryBp;
  const proceedsM = applyBp(bookSoldM, recoveryBp);
  transfer(state, 'ext:assetBuyers', company.id, proceedsM, `${chip.name} chips sold`);
  return done(
    `Sold ${formatCount(action.k * 1000)} ${chip.name} for ${formatMoney(proceedsM)}: ${formatBp(recoveryBp)} of their ${formatMoney(bookSoldM)} book value, the price of selling in a hurry.`,
  );
};
