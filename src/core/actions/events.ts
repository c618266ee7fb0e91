/** Answering an event's choice: the chosen option's effects apply to the company, and its turn is unblocked. */
import { applyEffect } from '../events/effects';
import { quote } from '../quote';
import { fail } from '../result';
import { done, type Handler } from './handler';

export const chooseEventOption: Handler<'event/choose'> = (state, action, company) => {
  const pending = company.pendingChoices.find((p) => p.eventId === action.eventId);
  const card = state.config.events.find((e) => e.id === action.eventId);
  if (!pending || !card?.choice)
    return fail(
      'event/noPendingChoice',
      `${company.name} has no decision waiting on ${quote(action.eventId)}.`,
    );
  const option = card.choice.options.find((o) => o.id === action.optionId);
  if (!option)
    return fail(
      'event/unknownOption',
      `${quote(action.optionId)} is not an option; choose one of: ${card.choice.options.map((o) => o.id).join(', ')}.`,
    );
  company.pendingChoices = company.pendingChoices.filter((p) => p !== pending);
  const effects = option.effects
    .map((effect) => applyEffect(state, effect, company.id, card.title))
    .filter((t): t is string => t !== null);
  return done(`${company.name} chose "${option.label}" on ${card.title}: ${option.explanation}`, ...effects);
};
