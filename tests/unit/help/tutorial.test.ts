import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/app/create-store';
import type { Action, Level } from '../../../src/core';
import { goToStep, watchTutorial } from '../../../src/ui/help/tutorial-controller';
import { advanceTutorial, targetSelector } from '../../../src/ui/help/tutorial-progress';

const level = JSON.parse(
  readFileSync(new URL('../../../levels/tutorial-compute-crunch.json', import.meta.url), 'utf8'),
) as Level;
const steps = level.tutorial ?? [];
const me = 'openai';
const end: Action = { type: 'turn/end', seat: me };
const split: Action = { type: 'compute/allocate', seat: me, trainingBp: 4000 };

describe('tutorial progress from the action log', () => {
  it('waits on a step without an action until "Next"', () => {
    expect(steps[0]?.waitFor).toBeUndefined();
    expect(advanceTutorial(steps, { step: 0, since: 0 }, [split], me)).toEqual({ step: 0, since: 0 });
  });

  it('advances when the viewer makes the action the step waits for, after it began', () => {
    expect(advanceTutorial(steps, { step: 1, since: 0 }, [split], me)).toEqual({ step: 2, since: 1 });
    // The same action made before the step began does not count.
    expect(advanceTutorial(steps, { step: 1, since: 1 }, [split], me)).toEqual({ step: 1, since: 1 });
  });

  it('ignores other companies’ actions', () => {
    expect(advanceTutorial(steps, { step: 1, since: 0 }, [{ ...split, seat: 'aws' }], me).step).toBe(1);
  });

  it('needs one action per step when two steps wait for the same kind', () => {
    const endIndex = steps.findIndex((s) => s.id === 'end-turn');
    const lastIndex = steps.findIndex((s) => s.id === 'watch');
    const propose = { type: 'deal/propose', seat: me } as unknown as Action;
    const cursor = { step: endIndex, since: 0 };
    expect(advanceTutorial(steps, cursor, [end], me).step).toBe(endIndex + 1);
    expect(advanceTutorial(steps, cursor, [end, propose], me).step).toBe(lastIndex);
    expect(advanceTutorial(steps, cursor, [end, propose, end], me).step).toBe(steps.length);
  });

  it('points at the control each action is made with', () => {
    expect(targetSelector('datacenter/build')).toBe('[data-action="datacenter/build"]');
    expect(targetSelector('turn/end')).toBe('.end-turn');
    expect(targetSelector(undefined)).toBeNull();
  });
});

describe('the tutorial in the store', () => {
  function startTutorial() {
    const store = createAppStore({ schedule: (run) => run(), random: () => 0.5 });
    const error = store.getState().startGame({
      levelId: level.id,
      level,
      seats: [{ companyId: me, controller: { kind: 'human', name: 'Ada' } }],
      seed: 7,
    });
    expect(error).toBeNull();
    watchTutorial(store);
    return store;
  }

  it('moves on when the player does the thing, and not before', () => {
    const store = startTutorial();
    expect(store.getState().ui.tutorialStep).toBe(0);
    store.getState().dispatch(split); // before "Next": it does not count for step 2
    goToStep(store, 1);
    expect(store.getState().ui.tutorialStep).toBe(1);
    expect(store.getState().dispatch(split).ok).toBe(true);
    expect(store.getState().ui.tutorialStep).toBe(2);
    expect(
      store.getState().dispatch({ type: 'datacenter/build', seat: me, regionId: 'texas', mw: 150 }).ok,
    ).toBe(true);
    expect(store.getState().ui.tutorialStep).toBe(3);
  });

  it('can be left and resumed at the step reached', () => {
    const store = startTutorial();
    goToStep(store, 1);
    store.getState().dispatch(split);
    goToStep(store, null);
    expect(store.getState().ui.tutorialStep).toBeNull();
    // An action while the tutorial is closed moves nothing.
    store.getState().dispatch({ type: 'datacenter/build', seat: me, regionId: 'texas', mw: 150 });
    expect(store.getState().ui.tutorialStep).toBeNull();
  });
});
