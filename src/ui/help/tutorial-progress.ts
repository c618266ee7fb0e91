/**
 * Where the tutorial stands, derived from the action log: a step that waits for an action is done when
 * the viewer's company makes an accepted action of that type after the step began. Pure, so the rule
 * "it advances when the player does the thing" is tested without a browser.
 */
import type { Action, ActionType } from '../../core';

export interface TutorialCursor {
  step: number;
  /** Index in the action log from which an action counts for this step. */
  since: number;
}

export function advanceTutorial(
  steps: readonly { waitFor?: ActionType }[],
  cursor: TutorialCursor,
  actions: readonly Action[],
  viewer: string,
): TutorialCursor {
  let { step, since } = cursor;
  while (step < steps.length) {
    const waitFor = steps[step]?.waitFor;
    if (!waitFor) break; // a step without an action waits for "Next"
    let done = -1;
    for (let i = since; i < actions.length; i++) {
      const action = actions[i];
      if (action?.type === waitFor && action.seat === viewer) {
        done = i;
        break;
      }
    }
    if (done < 0) break;
    step += 1;
    since = done + 1; // the next step needs an action of its own (two steps may both wait for "End turn")
  }
  return { step, since };
}

/** The control each action is made with: a button of the actions panel, or the turn bar's "End turn". */
export function targetSelector(type: ActionType | undefined): string | null {
  if (!type) return null;
  if (type === 'turn/end') return '.end-turn';
  if (type === 'event/choose') return '#event-dialog button.primary';
  if (type.startsWith('deal/') && type !== 'deal/propose') return null; // answered where the proposal is
  return `[data-action="${type}"]`;
}
