/**
 * The events slot at the start of each quarter. Cards are considered in deck order; a card whose window
 * includes this quarter, whose condition holds and which has not fired (unless repeatable) fires with its
 * probability, drawn from the game's seeded generator. Its effects apply to its targets; a card with a
 * choice leaves each target a pending choice that blocks its turn until answered.
 */
import type { EventCard } from '../level/schema';
import { chance } from '../rng';
import type { FiredEvent, GameState } from '../state';
import { applyEffect } from './effects';
import { conditionHolds, eventTargets } from './targets';

export function drawEvents(state: GameState): FiredEvent[] {
  const fired: FiredEvent[] = [];
  const quarterNumber = state.quarter + 1;
  for (const card of state.config.events) {
    const { window: span } = card; // the quarters the card may fire in, from the level
    if (quarterNumber < span.from || quarterNumber > span.to) continue;
    if (!card.repeatable && state.events.some((e) => e.eventId === card.id)) continue;
    if (!conditionHolds(state, card.condition)) continue;
    if (!chance(state.rng, card.probabilityBp)) continue;
    fired.push(fire(state, card));
  }
  return fired;
}

export function fire(state: GameState, card: EventCard): FiredEvent {
  const targets = eventTargets(state, card);
  const effects: string[] = [];
  const marketWide = card.target === 'market';
  for (const effect of card.effects) {
    if (marketWide || targets.length === 0) {
      const text = applyEffect(state, effect, null, card.title);
      if (text) effects.push(text);
      continue;
    }
    for (const targetId of targets) {
      const text = applyEffect(state, effect, targetId, card.title);
      if (text) effects.push(text);
    }
  }
  if (card.choice) {
    for (const targetId of targets)
      state.companies[targetId]?.pendingChoices.push({ eventId: card.id, quarter: state.quarter });
    if (targets.length > 0) effects.push(`A decision is needed: ${card.choice.prompt}`);
  }
  const event: FiredEvent = {
    eventId: card.id,
    quarter: state.quarter,
    title: card.title,
    text: card.text,
    source: card.source,
    targets,
    effects,
  };
  state.events.push(event);
  return event;
}
