/**
 * The tutorial's prompt box under the turn bar: the step's text, "step n of N", and the way on — "Next"
 * for a step that only explains, or the action itself for one that waits (its control is outlined and
 * "Show me" puts the keyboard focus on it). It can be left and resumed at the step reached.
 */
import { html, nothing } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { AppStore } from '../../app/store';
import type { View } from '../view';
import { memoryFor } from './memory';
import { goToStep, watchTutorial } from './tutorial-controller';
import { targetSelector } from './tutorial-progress';

/**
 * The page's CSS outlines the control named by #ui's data-tutorial-target (other panels' files stay
 * untouched). A fresh callback each draw keeps the attribute current; lit calls the old one with
 * nothing first, and the last one with nothing when the prompt leaves the page.
 */
function markTarget(type: string | null) {
  return (element?: Element) => {
    const root = document.getElementById('ui');
    if (!root) return;
    if (element && type) root.dataset.tutorialTarget = type;
    else delete root.dataset.tutorialTarget;
    if (element) followTurnBar(root);
  };
}

/**
 * The prompt sticks under the turn bar, whose height changes as it wraps on narrow screens: a
 * ResizeObserver keeps a CSS variable in step with it.
 */
let observed: Element | null = null;
const observer =
  typeof ResizeObserver === 'undefined'
    ? null
    : new ResizeObserver(([entry]) => {
        const root = document.getElementById('ui');
        if (entry && root)
          root.style.setProperty('--turn-bar-height', `${entry.borderBoxSize[0]?.blockSize ?? 0}px`);
      });
function followTurnBar(root: HTMLElement) {
  const bar = root.querySelector('.turn-bar');
  if (!bar || bar === observed || !observer) return;
  observer.disconnect();
  observer.observe(bar);
  observed = bar;
}

function showMe(selector: string) {
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: 'instant' });
  target.focus();
}

export const tutorialPanel: View = (app, store: AppStore) => {
  const state = app.game.state;
  const steps = state?.config.tutorial;
  if (!state || !steps) return html``;
  watchTutorial(store);
  const memory = memoryFor(app.game.setup).tutorial;
  const index = app.ui.tutorialStep;

  if (index === null) {
    if (memory.reached >= steps.length) return html``;
    return html`<section class="tutorial tutorial--left" aria-label="Tutorial">
      <button type="button" @click=${() => goToStep(store, memory.reached)}>Resume tutorial</button>
    </section>`;
  }

  const step = steps[index];
  if (!step) {
    return html`<section class="tutorial" aria-label="Tutorial" ${ref(markTarget(null))}>
      <p class="tutorial__count">Tutorial complete</p>
      <p class="tutorial__text" aria-live="polite">
        That is everything: keep ending turns to the end of the level, and watch the reports and the ranking.
      </p>
      <div class="button-row">
        <button type="button" @click=${() => goToStep(store, null)}>Close the tutorial</button>
      </div>
    </section>`;
  }

  const selector = targetSelector(step.waitFor);
  return html`<section class="tutorial" aria-label="Tutorial" ${ref(markTarget(step.waitFor ?? null))}>
    <p class="tutorial__count">Tutorial · step ${index + 1} of ${steps.length}</p>
    <p class="tutorial__text" aria-live="polite">${step.text}</p>
    <div class="button-row">
      ${
        step.waitFor
          ? html`${
              selector
                ? html`<button type="button" class="primary" @click=${() => showMe(selector)}>
                  Show me
                </button>`
                : nothing
            }
            <button type="button" @click=${() => goToStep(store, index + 1)}>Skip this step</button>`
          : html`<button type="button" class="primary" @click=${() => goToStep(store, index + 1)}>Next</button>`
      }
      <button type="button" @click=${() => goToStep(store, null)}>Leave tutorial</button>
    </div>
  </section>`;
};
