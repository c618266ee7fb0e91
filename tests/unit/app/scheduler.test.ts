import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../src/app/scheduler';

describe('the task scheduler', () => {
  it('runs each posted task in a task of its own, in the order they were posted', async () => {
    const ran: string[] = [];
    nextTask(() => {
      ran.push('first');
      // Posted from inside a task: it waits for the tasks already queued.
      nextTask(() => ran.push('third'));
    });
    nextTask(() => ran.push('second'));
    // Nothing runs in the posting task itself, nor in its microtasks.
    await Promise.resolve();
    expect(ran).toEqual([]);
    await new Promise<void>((done) => nextTask(() => nextTask(done)));
    expect(ran).toEqual(['first', 'second', 'third']);
  });
});
