/**
 * Says why a valuation moved, biggest cause first: each factor is swapped from its old to its new value
 * with the others held where they were, and the effects are ranked ("valuation −12%: market sentiment fell
 * 8 points; revenue growth slowed from 30% to 12%").
 */
import { applyBp, mulDiv } from '../intmath';
import { formatBp, formatMoney } from '../report';
import type { ValuationParts } from '../state';

type Factors = Pick<
  ValuationParts,
  | 'revenueRunRateM'
  | 'multipleTenths'
  | 'sentimentBp'
  | 'riskDiscountBp'
  | 'capabilityValueM'
  | 'stakesValueM'
  | 'netCashM'
>;

function operating(f: Factors): number {
  return applyBp(
    applyBp(mulDiv(f.revenueRunRateM, f.multipleTenths, 10), f.sentimentBp),
    10000 - f.riskDiscountBp,
  );
}

const total = (f: Factors) => operating(f) + f.capabilityValueM + f.stakesValueM + f.netCashM;

const multiple = (tenths: number) => `${(tenths / 10).toFixed(1)}×`;

export function valuationDrivers(before: ValuationParts, after: ValuationParts): string[] {
  const base = total(before);
  const effects: { effect: number; text: string }[] = [];
  const consider = (changed: Partial<Factors>, text: string) => {
    effects.push({ effect: total({ ...before, ...changed }) - base, text });
  };
  if (before.revenueRunRateM !== after.revenueRunRateM)
    consider(
      { revenueRunRateM: after.revenueRunRateM },
      `revenue run-rate went from ${formatMoney(before.revenueRunRateM)} to ${formatMoney(after.revenueRunRateM)} a year`,
    );
  if (before.multipleTenths !== after.multipleTenths)
    consider({ multipleTenths: after.multipleTenths }, multipleReason(before, after));
  if (before.sentimentBp !== after.sentimentBp)
    consider(
      { sentimentBp: after.sentimentBp },
      `market sentiment ${after.sentimentBp > before.sentimentBp ? 'rose' : 'fell'} from ${formatBp(before.sentimentBp)} to ${formatBp(after.sentimentBp)} of neutral`,
    );
  if (before.riskDiscountBp !== after.riskDiscountBp)
    consider(
      { riskDiscountBp: after.riskDiscountBp },
      `the market's risk discount went from ${formatBp(before.riskDiscountBp)} to ${formatBp(after.riskDiscountBp)} (${riskReason(before, after)})`,
    );
  if (before.capabilityValueM !== after.capabilityValueM)
    consider(
      { capabilityValueM: after.capabilityValueM },
      `the value put on the model's capability went from ${formatMoney(before.capabilityValueM)} to ${formatMoney(after.capabilityValueM)}`,
    );
  if (before.stakesValueM !== after.stakesValueM)
    consider(
      { stakesValueM: after.stakesValueM },
      `stakes in other companies went from ${formatMoney(before.stakesValueM)} to ${formatMoney(after.stakesValueM)}`,
    );
  if (before.netCashM !== after.netCashM)
    consider(
      { netCashM: after.netCashM },
      `cash net of debt went from ${formatMoney(before.netCashM)} to ${formatMoney(after.netCashM)}`,
    );
  return effects
    .filter((entry) => entry.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .map((entry) => `${entry.effect > 0 ? '+' : '−'}${formatMoney(Math.abs(entry.effect))}: ${entry.text}`);
}

function multipleReason(before: ValuationParts, after: ValuationParts): string {
  const reasons: string[] = [];
  if (before.growthBp !== after.growthBp)
    reasons.push(
      `year-on-year revenue growth ${after.growthBp > before.growthBp ? 'rose' : 'slowed'} from ${formatBp(before.growthBp)} to ${formatBp(after.growthBp)}`,
    );
  if (before.leadPoints !== after.leadPoints)
    reasons.push(
      `the capability lead over the best rival went from ${signed(before.leadPoints)} to ${signed(after.leadPoints)} points`,
    );
  const why = reasons.length > 0 ? `: ${reasons.join('; ')}` : '';
  return `the revenue multiple went from ${multiple(before.multipleTenths)} to ${multiple(after.multipleTenths)}${why}`;
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** What the discount weighs; when the take-or-pay part of it moved, that part with its figures too. */
function riskReason(before: ValuationParts, after: ValuationParts): string {
  const causes =
    'short runway, debt, take-or-pay payments beyond what the market lets pass, arrears, an open inquiry, a recent default or an event';
  if (before.commitmentLoadBp === after.commitmentLoadBp) return causes;
  return `${causes}; take-or-pay payments due next year, ${formatMoney(after.takeOrPayNextYearM)} against ${formatMoney(after.revenueRunRateM)} of revenue a year, are ${formatBp(after.commitmentLoadBp)} of it`;
}
