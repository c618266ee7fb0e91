/**
 * An event option's effects in plain sentences, read from the level's data before the player chooses.
 * The event dialog shows the rules' own preview when it can (the exact figures); these sentences say
 * what each effect does when there is no preview, and say it in the second person the dialog speaks.
 */
import type { Level } from '../../core';
import type { EventEffect } from '../../core/level/events-schema';
import { formatBp, formatCount, formatMoney } from '../../core/report';

type Names = Pick<Level, 'regions' | 'partners'>;

const signed = (n: number, up: string, down: string) => (n >= 0 ? up : down);
const quarters = (n: number) => `${n} quarter${n === 1 ? '' : 's'}`;

export function describeEffect(effect: EventEffect, level: Names): string {
  const region = (id: string) => level.regions.find((r) => r.id === id)?.name ?? id;
  switch (effect.kind) {
    case 'sentiment':
      return `Market sentiment ${signed(effect.deltaBp, 'rises', 'falls')} by ${formatBp(Math.abs(effect.deltaBp))}: every valuation moves with it.`;
    case 'baseRate':
      return `The base interest rate ${signed(effect.deltaBp, 'rises', 'falls')} by ${formatBp(Math.abs(effect.deltaBp))} for new loans.`;
    case 'modelDemand':
      return `Demand for AI models ${signed(effect.changeBp, 'grows', 'shrinks')} by ${formatBp(Math.abs(effect.changeBp))}.`;
    case 'spotDemand':
      return `Demand for rented compute ${signed(effect.changeBp, 'grows', 'shrinks')} by ${formatBp(Math.abs(effect.changeBp))}.`;
    case 'scrutiny':
      return `Your regulatory scrutiny ${signed(effect.delta, 'rises', 'falls')} by ${formatCount(Math.abs(effect.delta))} points.`;
    case 'govRelations':
      return `Your government relations ${signed(effect.delta, 'improve', 'worsen')} by ${formatCount(Math.abs(effect.delta))} points of scrutiny relief a quarter.`;
    case 'cash':
      return effect.amountM >= 0
        ? `You receive ${formatMoney(effect.amountM)}.`
        : `You pay ${formatMoney(-effect.amountM)}; what you cannot pay is owed at once.`;
    case 'capability':
      return `Your models ${signed(effect.delta, 'gain', 'lose')} ${formatCount(Math.abs(effect.delta))} capability points.`;
    case 'exportControls':
      return `Export controls: only ${formatBp(effect.supplyBp)} of chip deliveries may enter ${region(effect.regionId)} for ${quarters(effect.quarters)}.`;
    case 'gridDelay':
      return `Grid connections in ${region(effect.regionId)} slip ${quarters(effect.quarters)}: sites under construction there finish later.`;
    case 'regionPower':
      return `${region(effect.regionId)}’s grid ${signed(effect.mw, 'gains', 'loses')} ${formatCount(Math.abs(effect.mw))} MW of power.`;
    case 'ipoWindow':
      return `An IPO window opens for ${quarters(effect.quarters)}: listing needs market sentiment of only ${formatBp(effect.minSentimentBp)} of neutral.`;
    case 'equityWindowShut':
      return `Investors buy no new shares for ${quarters(effect.quarters)}, whatever the market's mood: no equity round or listing, only a rescue round if you fall into distress.`;
    case 'riskDiscount':
      return `Investors mark your valuation down ${formatBp(effect.bp)} for ${quarters(effect.quarters)}.`;
    case 'dealOffer': {
      const partner = level.partners?.find((p) => p.id === effect.partnerId)?.name ?? effect.partnerId;
      return `${partner} offers you a deal of ${effect.terms.length} term${effect.terms.length === 1 ? '' : 's'}: you may accept or refuse it.`;
    }
  }
}

/** All of an option's effects; an option with none says so, since "nothing happens" is a consequence too. */
export function describeEffects(effects: readonly EventEffect[], level: Names): string[] {
  return effects.length === 0
    ? ['Nothing changes now.']
    : effects.map((effect) => describeEffect(effect, level));
}
