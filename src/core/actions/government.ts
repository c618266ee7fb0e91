/**
 * Government relations: hire a former finance minister as an adviser (the article: OpenAI enlisting George
 * Osborne), or join a national AI initiative. Each is done once, costs money, and relieves scrutiny every
 * quarter from then on.
 */
import { transfer } from '../ledger';
import { formatMoney, formatMoneyPair } from '../report';
import { fail } from '../result';
import { done, type Handler } from './handler';

export const governmentRelations: Handler<'gov/relations'> = (state, action, company) => {
  const rules = state.config.regulation.govRelations;
  if (company.govProgrammes.includes(action.programme))
    return fail(
      'gov/alreadyJoined',
      action.programme === 'adviser'
        ? `${company.name} already has a government adviser.`
        : `${company.name} has already joined the national AI initiative.`,
    );
  const [costM, points, label, payee] =
    action.programme === 'adviser'
      ? [rules.adviserCostM, rules.adviserPoints, 'Government adviser hired', 'ext:suppliers']
      : [
          rules.initiativeCostM,
          rules.initiativePoints,
          'National AI initiative contribution',
          'ext:government',
        ];
  if (costM > company.cashM)
    return fail(
      'money/notEnoughCash',
      `${label} costs ${formatMoneyPair(costM, company.cashM).join('; you have ')}.`,
    );
  transfer(state, company.id, payee, costM, label);
  company.govProgrammes.push(action.programme);
  company.govRelations = Math.min(rules.maxPoints, company.govRelations + points);
  return done(
    `${label} for ${formatMoney(costM)}: scrutiny now falls by ${company.govRelations} points a quarter before new pressure.`,
  );
};
