/**
 * Moves the tutorial on when the player does what the step asks. It listens to the store (not to clicks)
 * so any way of making the action counts, and writes the step only through the store's setTutorialStep.
 */
import type { AppStore } from '../../app/store';
import { memoryFor } from './memory';
import { advanceTutorial } from './tutorial-progress';

const watched = new WeakSet<AppStore>();

/** Brings the remembered cursor in line with the store, then advances it over what the log shows. */
export function syncTutorial(store: AppStore): void {
  const app = store.getState();
  const steps = app.game.state?.config.tutorial;
  const step = app.ui.tutorialStep;
  const viewer = app.game.viewer;
  if (!steps || step === null || !viewer) return;
  const memory = memoryFor(app.game.setup).tutorial;
  if (memory.step !== step) {
    // The step changed from outside (a new game, Next, Skip, Resume): it begins now.
    memory.step = step;
    memory.since = app.game.actions.length;
  }
  const next = advanceTutorial(steps, { step, since: memory.since }, app.game.actions, viewer);
  memory.reached = Math.max(memory.reached, next.step);
  if (next.step === step) return;
  memory.step = next.step;
  memory.since = next.since;
  app.setTutorialStep(next.step);
}

export function watchTutorial(store: AppStore): void {
  if (watched.has(store)) return;
  watched.add(store);
  syncTutorial(store);
  store.subscribe(() => syncTutorial(store));
}

/** Moves to a step by hand (Next, Skip, Resume): it begins now, so earlier actions do not count for it. */
export function goToStep(store: AppStore, step: number | null): void {
  const app = store.getState();
  const memory = memoryFor(app.game.setup).tutorial;
  if (step !== null) {
    memory.step = step;
    memory.since = app.game.actions.length;
    memory.reached = Math.max(memory.reached, step);
  }
  app.setTutorialStep(step);
}
