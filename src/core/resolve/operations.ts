/**
 * Compute is used and the operating quarter is booked: labs split compute between training and
 * inference and sell inference into the model market; clouds run their existing business and sell AI
 * capacity on the spot market; then staff and power are paid. Unpaid running costs become arrears.
 */

import { activeCompanies } from '../companies';
import { deliverCompute } from '../deals/obligations';
import { applyBp, mulDiv } from '../intmath';
import { payWhatYouCan, transfer } from '../ledger';
import { type BaseBusiness, servableBaseM, serveBaseBusiness, spareSiteMw } from '../model/base-business';
import { type CompanyCapacity, companyCapacity } from '../model/capacity';
import { clearSpot, cuRevenueM, modelMarketShares, shareSold, spotDemandAtSentiment } from '../model/market';
import { formatBp, formatCount, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { CompanyState, GameState } from '../state';

export function runOperations(state: GameState, notes: ResolutionNotes): void {
  const companies = activeCompanies(state);
  const revenue: Record<string, number> = {};
  for (const company of companies) revenue[company.id] = 0;

  const own: Record<string, ReturnType<typeof companyCapacity>> = {};
  for (const company of companies) own[company.id] = companyCapacity(state.config, company);
  // Committed compute moves first: the provider has that much less to sell, the buyer that much more to use.
  const contracted = deliverCompute(state, (id) => own[id]?.capacityCu ?? 0, notes);
  const usable = (id: string) =>
    (own[id]?.capacityCu ?? 0) - (contracted.outCu[id] ?? 0) + (contracted.inCu[id] ?? 0);

  sellModels(state, companies, usable, own, revenue, notes);
  sellSpotCapacity(state, companies, usable, own, revenue, notes);

  for (const company of companies) {
    let earned = revenue[company.id] ?? 0;
    if (company.baseBusiness) {
      const servedM = serveBase(company, company.baseBusiness, own[company.id], notes);
      earned += servedM;
      transfer(state, 'ext:customers', company.id, servedM, 'Existing cloud business revenue');
    }
    company.revenueHistoryM.push(earned);
    if (company.revenueHistoryM.length > 5) company.revenueHistoryM.shift();
    company.totals.revenueM += earned;
    company.operatingCashFlowM =
      earned - payRunningCosts(state, company, own[company.id]?.drawnMw ?? 0, notes);
  }
}

/** The existing business runs on the legacy fleet plus the power AI chips leave free in operating sites. */
function serveBase(
  company: CompanyState,
  business: BaseBusiness,
  capacity: CompanyCapacity | undefined,
  notes: ResolutionNotes,
): number {
  const operatingMw = company.dataCenters.map((site) => (site.status === 'operating' ? site.mw : 0));
  const spareMw = capacity ? spareSiteMw(capacity, operatingMw) : 0;
  const demandM = business.demandM;
  const servedM = serveBaseBusiness(business, servableBaseM(business, spareMw));
  if (servedM < demandM)
    noteFor(
      notes,
      company.id,
      `Cloud customers wanted ${formatMoney(demandM)} but the data centers could serve only ${formatMoney(servedM)} (${formatCount(business.legacyMw + spareMw)} MW of general-purpose power); half of the rest went to rivals.`,
    );
  return servedM;
}

type Usable = (companyId: string) => number;
type OwnCapacity = Record<string, CompanyCapacity>;

function sellModels(
  state: GameState,
  companies: CompanyState[],
  usable: Usable,
  own: OwnCapacity,
  revenue: Record<string, number>,
  notes: ResolutionNotes,
) {
  const labs = companies.filter((company) => company.role === 'lab');
  if (labs.length === 0) return;
  const { shares } = modelMarketShares(
    state.market.modelDemandM,
    labs.map((lab) => ({ companyId: lab.id, capability: lab.capability })),
    state.market.restOfMarketCapability,
  );
  for (const lab of labs) {
    const capacityCu = usable(lab.id);
    const trainingCu = applyBp(capacityCu, lab.trainingShareBp);
    const inferenceCu = capacityCu - trainingCu;
    const demandM = shares.find((share) => share.companyId === lab.id)?.demandM ?? 0;
    const servableM = cuRevenueM(inferenceCu, state.config.market.inferencePricePerCu);
    const earned = Math.min(demandM, servableM);
    lab.compute = { capacityCu, trainingCu, inferenceCu, spotSoldCu: 0, idleCu: 0 };
    if (servableM > demandM && servableM > 0) {
      const usedCu = mulDiv(inferenceCu, demandM, servableM);
      lab.compute.idleCu = inferenceCu - usedCu;
      noteFor(
        notes,
        lab.id,
        `${formatCount(lab.compute.idleCu)} CU of inference found no customers: demand for the model is the limit, not compute.`,
      );
    } else if (demandM > servableM) {
      noteFor(
        notes,
        lab.id,
        `Customers wanted ${formatMoney(demandM)} of model use but inference compute could serve only ${formatMoney(servableM)}.`,
      );
    }
    const idleK = own[lab.id]?.idleK ?? 0;
    if (idleK > 0)
      noteFor(
        notes,
        lab.id,
        `${formatCount(idleK * 1000)} chips sat idle: not enough operating data-center power (or the site is not finished).`,
      );
    transfer(state, 'ext:customers', lab.id, earned, 'Model revenue');
    revenue[lab.id] = (revenue[lab.id] ?? 0) + earned;
  }
}

function sellSpotCapacity(
  state: GameState,
  companies: CompanyState[],
  usable: Usable,
  own: OwnCapacity,
  revenue: Record<string, number>,
  notes: ResolutionNotes,
) {
  const clouds = companies.filter((company) => company.role === 'cloud');
  const offers = clouds.map((cloud) => Math.max(0, usable(cloud.id)));
  const { spot } = state.config.market;
  const clearing = clearSpot(
    {
      maxPricePerCu: spot.maxPricePerCu,
      minPricePerCu: spot.minPricePerCu,
      demandCu: spotDemandAtSentiment(state.market.spotDemandCu, state.market.sentimentBp),
    },
    offers.reduce((sum, offer) => sum + offer, 0),
  );
  const sold = shareSold(clearing.soldCu, offers);
  state.market.spotPricePerCu = clearing.pricePerCu;
  clouds.forEach((cloud, i) => {
    const soldCu = sold[i] ?? 0;
    const capacityCu = offers[i] ?? 0;
    const earned = cuRevenueM(soldCu, clearing.pricePerCu);
    cloud.compute = {
      capacityCu: own[cloud.id]?.capacityCu ?? 0,
      trainingCu: 0,
      inferenceCu: 0,
      spotSoldCu: soldCu,
      idleCu: capacityCu - soldCu,
    };
    transfer(state, 'ext:customers', cloud.id, earned, 'AI capacity sold on the spot market');
    revenue[cloud.id] = (revenue[cloud.id] ?? 0) + earned;
    if (capacityCu > soldCu)
      noteFor(
        notes,
        cloud.id,
        `${formatCount(capacityCu - soldCu)} CU went unsold: at the $${formatCount(clearing.pricePerCu)} floor price buyers took no more.`,
      );
    const idleK = own[cloud.id]?.idleK ?? 0;
    if (idleK > 0)
      noteFor(
        notes,
        cloud.id,
        `${formatCount(idleK * 1000)} chips sat idle: not enough operating data-center power (or the site is not finished).`,
      );
  });
  if (clouds.length > 0)
    notes.headlines.push(
      `Spot compute cleared at $${formatCount(clearing.pricePerCu)} per CU; ${formatCount(clearing.soldCu)} CU sold.`,
    );
}

/** Staff, power and the existing business's costs. Returns what was due; shortfalls become arrears. */
function payRunningCosts(
  state: GameState,
  company: CompanyState,
  drawnMw: number,
  notes: ResolutionNotes,
): number {
  const powerM = mulDiv(drawnMw, state.config.market.powerOpexKPerMwQuarter, 1000);
  const baseCostsM = company.baseBusiness
    ? company.baseBusiness.revenueM - applyBp(company.baseBusiness.revenueM, company.baseBusiness.marginBp)
    : 0;
  const bills: [string, string, number][] = [
    ['Staff and research', 'ext:suppliers', company.staffOpexM],
    [`Power and operations (${formatCount(drawnMw)} MW)`, 'ext:suppliers', powerM],
    [
      `Existing cloud business costs (margin ${formatBp(company.baseBusiness?.marginBp ?? 0)})`,
      'ext:suppliers',
      baseCostsM,
    ],
  ];
  let due = 0;
  for (const [label, to, amountM] of bills) {
    due += amountM;
    const unpaid = payWhatYouCan(state, company.id, to, amountM, label);
    if (unpaid > 0) {
      company.arrears.push({ to, amountM: unpaid, reason: label });
      noteFor(notes, company.id, `Could not pay ${formatMoney(unpaid)} of ${label.toLowerCase()}.`);
    }
  }
  return due;
}
