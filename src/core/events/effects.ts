/** Applies one event effect and says, in a sentence, what it did. */
import { checkDeal } from '../deals/check';
import { partyName } from '../deals/parties';
import { openProposal } from '../deals/proposal';
import type { Term } from '../deals/terms';
import { applyBp, clamp } from '../intmath';
import { payWhatYouCan, transfer } from '../ledger';
import type { EventEffect } from '../level/schema';
import { computeForCapability } from '../model/scaling';
import { formatBp, formatMoney } from '../report';
import type { GameState } from '../state';
import { quarterLabel } from '../time';

/** `targetId` is the company hit, or null for effects on the whole market. */
export function applyEffect(
  state: GameState,
  effect: EventEffect,
  targetId: string | null,
  title: string,
): string | null {
  const company = targetId ? state.companies[targetId] : undefined;
  const who = company?.name ?? 'the market';
  switch (effect.kind) {
    case 'sentiment':
      state.market.sentimentBp = clamp(state.market.sentimentBp + effect.deltaBp, 2000, 20000);
      return `Market sentiment ${effect.deltaBp >= 0 ? 'up' : 'down'} ${formatBp(Math.abs(effect.deltaBp))} to ${formatBp(state.market.sentimentBp)} of neutral.`;
    case 'baseRate':
      state.market.baseRateBp = clamp(state.market.baseRateBp + effect.deltaBp, 0, 3000);
      return `The base interest rate is now ${formatBp(state.market.baseRateBp)} (new loans cost more or less; existing loans keep their rate).`;
    case 'modelDemand':
      state.market.modelDemandM = Math.max(
        0,
        state.market.modelDemandM + applyBp(state.market.modelDemandM, effect.changeBp),
      );
      return `Demand for AI models ${effect.changeBp >= 0 ? 'up' : 'down'} ${formatBp(Math.abs(effect.changeBp))}, to ${formatMoney(state.market.modelDemandM)} a quarter.`;
    case 'spotDemand':
      state.market.spotDemandCu = Math.max(
        1,
        state.market.spotDemandCu + applyBp(state.market.spotDemandCu, effect.changeBp),
      );
      return `Demand for rented compute ${effect.changeBp >= 0 ? 'up' : 'down'} ${formatBp(Math.abs(effect.changeBp))}.`;
    case 'scrutiny':
      if (!company) return null;
      company.scrutiny = clamp(company.scrutiny + effect.delta, 0, 1000);
      return `${who}'s regulatory scrutiny ${effect.delta >= 0 ? 'rises' : 'falls'} by ${Math.abs(effect.delta)} to ${company.scrutiny}.`;
    case 'govRelations':
      if (!company) return null;
      company.govRelations = clamp(
        company.govRelations + effect.delta,
        0,
        state.config.regulation.govRelations.maxPoints,
      );
      return `${who}'s government relations now relieve ${company.govRelations} points of scrutiny a quarter.`;
    case 'cash': {
      if (!company) return null;
      if (effect.amountM >= 0) {
        transfer(state, 'ext:government', company.id, effect.amountM, title);
        return `${who} receives ${formatMoney(effect.amountM)}.`;
      }
      const unpaid = payWhatYouCan(state, company.id, 'ext:government', -effect.amountM, title);
      if (unpaid === 0) return `${who} pays ${formatMoney(-effect.amountM)}.`;
      // What cannot be paid is owed at once, as in resolution: the company is in distress until it pays.
      company.arrears.push({ to: 'ext:government', amountM: unpaid, reason: title });
      if (company.status === 'active') company.status = 'distressed';
      return `${who} pays ${formatMoney(-effect.amountM)}; ${formatMoney(unpaid)} of it is owed, and the company is in distress until it pays.`;
    }
    case 'capability': {
      if (company?.role !== 'lab') return null;
      // Capability stays a function of training compute: a breakthrough counts as the compute it would have taken.
      const target = Math.max(0, company.capability + effect.delta);
      company.cumulativeTrainingCu = Math.max(
        company.cumulativeTrainingCu,
        computeForCapability(state.config, target),
      );
      company.capability = target;
      return `${who}'s models jump ${effect.delta} capability point${effect.delta === 1 ? '' : 's'}, to ${target}.`;
    }
    case 'exportControls': {
      const until = state.quarter + effect.quarters - 1;
      state.regulation.exportControls.push({
        regionId: effect.regionId,
        supplyBp: effect.supplyBp,
        untilQuarter: until,
        reason: title,
      });
      return `Export controls: only ${formatBp(effect.supplyBp)} of chip deliveries may enter ${regionName(state, effect.regionId)} until the end of ${quarterLabel(state.config, until)}.`;
    }
    case 'gridDelay': {
      let delayed = 0;
      for (const c of Object.values(state.companies)) {
        for (const site of c.dataCenters) {
          if (site.regionId === effect.regionId && site.status !== 'operating') {
            site.quartersToGo += effect.quarters;
            delayed++;
          }
        }
      }
      return `Grid connections in ${regionName(state, effect.regionId)} slip ${effect.quarters} quarter(s): ${delayed} site(s) under way are delayed.`;
    }
    case 'regionPower': {
      const region = state.regions[effect.regionId];
      if (!region) return null;
      region.powerMw = Math.max(region.claimedMw, region.powerMw + effect.mw);
      return `${regionName(state, effect.regionId)}'s grid can now connect ${region.powerMw} MW.`;
    }
    case 'ipoWindow':
      state.regulation.ipoWindow = {
        untilQuarter: state.quarter + effect.quarters - 1,
        minSentimentBp: effect.minSentimentBp,
      };
      return `An IPO window opens until the end of ${quarterLabel(state.config, state.quarter + effect.quarters - 1)}: listings need sentiment of only ${formatBp(effect.minSentimentBp)} of neutral.`;
    case 'equityWindowShut': {
      const until = state.quarter + effect.quarters - 1;
      state.market.equityShutUntilQuarter = Math.max(state.market.equityShutUntilQuarter ?? until, until);
      return `Investors buy no new shares until the end of ${quarterLabel(state.config, state.market.equityShutUntilQuarter)}, whatever the mood: no equity round or listing, only a rescue round in distress.`;
    }
    case 'riskDiscount':
      if (!company) return null;
      company.riskEffects.push({
        bp: effect.bp,
        untilQuarter: state.quarter + effect.quarters - 1,
        reason: title,
      });
      return `Investors mark ${who} down ${formatBp(effect.bp)} for ${effect.quarters} quarter(s).`;
    case 'dealOffer':
      return offerDeal(state, effect.partnerId, targetId, effect.terms, title);
  }
}

function offerDeal(
  state: GameState,
  partnerId: string,
  targetId: string | null,
  template: readonly Term[],
  title: string,
): string | null {
  if (!targetId) return null;
  const fill = (party: string) => (party === '@partner' ? partnerId : party === '@target' ? targetId : party);
  const terms = template.map((term) => {
    const copy: Record<string, unknown> = { ...term };
    for (const key of [
      'investor',
      'investee',
      'seller',
      'buyer',
      'provider',
      'supplier',
      'payer',
      'payee',
      'bound',
      'beneficiary',
      'companyId',
    ])
      if (typeof copy[key] === 'string') copy[key] = fill(copy[key] as string);
    return copy as Term;
  });
  const problem = checkDeal(state, partnerId, targetId, terms);
  if (problem)
    return `${partyName(state, partnerId)} wanted to make an offer but could not: ${problem.message}`;
  const { id } = openProposal(state, partnerId, targetId, terms, null, 1, title);
  return `${partyName(state, partnerId)} offers ${partyName(state, targetId)} a deal (#${id}); accept, counter or refuse it this quarter.`;
}

const regionName = (state: GameState, regionId: string) =>
  state.config.regions.find((r) => r.id === regionId)?.name ?? regionId;
