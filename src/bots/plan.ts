/**
 * A bot's quarter: answer the events waiting on it, get out of distress, split compute, then spend the
 * quarter's management attention on what matters most to its personality — the IPO, money when the
 * outlook runs short, the regulator when scrutiny climbs, in-house chips, chip orders and the data
 * centers to hold them, and deals — and end the turn. A pure function of the state: the same state and
 * seat always give the same actions.
 */

import type { Action, BotPersonality, CompanyState, GameState } from '../core';
import { applyBp } from '../core/intmath';
import { listingPrice } from '../core/model/ipo-price';
import { capacityActions, capexWanted } from './build';
import { chooseOption } from './events';
import { computeGap, trainingShare } from './lab';
import { funding, housekeeping, ipoOpen, listsNow, type Major, rescue } from './money';
import { type Outlook, outlookOf } from './outlook';
import { bestProposal } from './propose';
import type { BotRng } from './rng';
import { sourceDealProposal } from './source-deals';
import { TRAITS, type Traits } from './traits';

export function decideTurn(
  state: GameState,
  seat: string,
  rng: BotRng,
  personality: BotPersonality,
): Action[] {
  const company = state.companies[seat];
  if (!company || company.status === 'bankrupt' || state.phase === 'over') return [];
  const traits = TRAITS[personality];
  const actions: Action[] = [];

  for (const pending of company.pendingChoices) {
    const optionId = chooseOption(state, company, pending.eventId, traits);
    if (optionId) actions.push({ type: 'event/choose', seat, eventId: pending.eventId, optionId });
  }
  const outlook = outlookOf(state, company);
  if (company.status === 'distressed') actions.push(...rescue(state, company, outlook, traits));

  const allocation = trainingShare(state, company, traits);
  if (allocation !== null) actions.push({ type: 'compute/allocate', seat, trainingBp: allocation });

  const isMyTurn = state.seats[state.activeSeat]?.companyId === seat;
  if (isMyTurn && company.status === 'active') {
    const reserveM = traits.reserveQuarters * outlook.fixedCostM;
    const majors = majorActions(state, company, outlook, traits, reserveM, rng);
    majors.sort((a, b) => b.priority - a.priority);
    const attention = state.config.actionsPerQuarter - state.attentionUsed;
    let cashM = company.cashM;
    let used = 0;
    for (const major of majors) {
      if (used >= attention) break;
      if (major.cashM < 0 && -major.cashM > cashM) continue;
      cashM += major.cashM;
      actions.push(major.action);
      used++;
    }
    actions.push(...housekeeping(state, company, outlook, traits, reserveM, cashM));
  }
  if (isMyTurn) actions.push({ type: 'turn/end', seat });
  return actions;
}

function majorActions(
  state: GameState,
  company: CompanyState,
  outlook: Outlook,
  traits: Traits,
  reserveM: number,
  rng: BotRng,
): Major[] {
  const seat = company.id;
  const majors: Major[] = [];

  // The IPO: the labs' milestone, and the biggest raise there is (held back for an objective's bar).
  if (
    company.role === 'lab' &&
    !company.isPublic &&
    ipoOpen(state, company) &&
    listsNow(state, company, traits)
  ) {
    const { proceedsM } = listingPrice(state, company);
    majors.push({ priority: 100, action: { type: 'finance/ipo', seat }, cashM: proceedsM });
  }

  // Money: when the outlook falls below the reserve; the builder also raises for the capacity it wants;
  // the financier raises while investors are keen.
  const shortM = reserveM - outlook.minCashM;
  const spareM = Math.max(0, outlook.minCashM - reserveM);
  const ambitionM = traits.spendShareBp >= 8000 ? capexWanted(state, company, traits) - spareM : 0;
  const fundingM = Math.max(shortM, ambitionM);
  if (fundingM > 0)
    majors.push(...funding(company, outlook, traits, applyBp(fundingM, 12500), shortM > 0 ? 90 : 45));
  else if (
    traits.opportunisticRaiseSentimentBp > 0 &&
    state.market.sentimentBp >= traits.opportunisticRaiseSentimentBp &&
    company.cashM < 2 * reserveM
  ) {
    const amountM = Math.floor(outlook.equityRoomM / 2);
    if (amountM >= 100)
      majors.push({ priority: 40, action: { type: 'finance/raiseEquity', seat, amountM }, cashM: amountM });
  }

  // The regulator.
  const rules = state.config.regulation;
  const care = Math.floor((rules.thresholds.inquiry * traits.scrutinyCareBp) / 10000);
  if (company.scrutiny >= care) {
    const urgent = company.scrutiny >= rules.thresholds.inquiry;
    if (!company.govProgrammes.includes('adviser'))
      majors.push({
        priority: urgent ? 95 : 75,
        action: { type: 'gov/relations', seat, programme: 'adviser' },
        cashM: -rules.govRelations.adviserCostM,
      });
    else if (!company.govProgrammes.includes('initiative') && (urgent || traits.scrutinyCareBp < 8000))
      majors.push({
        priority: urgent ? 85 : 60,
        action: { type: 'gov/relations', seat, programme: 'initiative' },
        cashM: -rules.govRelations.initiativeCostM,
      });
  }

  const freeCashM = Math.max(0, Math.min(company.cashM, outlook.minCashM) - reserveM);

  // In-house chips: R&D now, cheap compute later.
  if (state.quarter >= traits.inHouseFromQuarter) {
    for (const chip of state.config.chips) {
      if (chip.inHouse?.companyId !== seat || company.programmes.some((p) => p.chipId === chip.id)) continue;
      const rndM = chip.inHouse.rndQuarters * chip.inHouse.rndCostPerQuarterM;
      if (rndM <= freeCashM + outlook.equityRoomM / 4)
        majors.push({
          priority: 70,
          action: { type: 'chips/startProgram', seat, chipId: chip.id },
          cashM: 0,
        });
    }
  }

  majors.push(...capacityActions(state, company, outlook, traits, freeCashM, rng));

  // Deals of its own: when short of compute, and on the personality's rhythm (the dealmaker: every quarter).
  const gapCu = computeGap(state, company, traits);
  const proposeNow = gapCu > 0 || (traits.proposeEvery > 0 && state.quarter % traits.proposeEvery === 0);
  // A deal the level's sources describe is offered while its window is open, whatever the bot's habits,
  // before new capacity: the window is short and the deal is the level's (Oracle's $300B sold forward
  // tells Oracle what to build; CoreWeave's contracts).
  const ctx = { company, traits, outlook, computeGapCu: gapCu, freeCashM };
  const described = sourceDealProposal(state, ctx);
  if (described) majors.push({ priority: 75, action: described.action, cashM: 0 });
  else if (proposeNow) {
    const proposal = bestProposal(state, ctx);
    if (proposal)
      majors.push({ priority: traits.counters >= 3 ? 65 : 50, action: proposal.action, cashM: 0 });
  }
  return majors;
}
