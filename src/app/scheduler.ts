/**
 * The browser's task queue, for work that must not share a task with what came before it: a bot's
 * turn, the autosave after the bots, the DOM's redraw. Each posted task is short; the browser paints
 * and handles input between them, so no single task grows long (issue 9's "no task of 50 ms").
 */

/** Schedules `task` after `delayMs`; tests pass a synchronous or manual scheduler. */
export type Scheduler = (task: () => void, delayMs: number) => void;

// One channel for every posted task: messages on a port run in the order they were posted.
let channel: MessageChannel | null = null;
const queued: (() => void)[] = [];

function postTask(task: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
    // In Node (the unit tests) an open port would keep the process alive after the last test.
    (channel.port1 as { unref?: () => void }).unref?.();
  }
  queued.push(task);
  channel.port2.postMessage(null);
}

export const browserScheduler: Scheduler = (task, delayMs) => {
  if (delayMs > 0) {
    setTimeout(task, delayMs);
    return;
  }
  // A message is a fresh task without setTimeout's 4 ms clamp after a few nestings.
  postTask(task);
};

/**
 * Runs `task` once the page has shown the store's latest state, at most `maxWaitMs` later; returns a
 * function that cancels it. The UI provides it (src/ui/after-draw.ts); the store paces the bots with
 * it and the map waits with it before drawing a change.
 */
export type AfterPageShown = (task: () => void, maxWaitMs?: number) => () => void;

/** Runs `task` in a task of its own, as soon as the browser gets to it. */
export const nextTask = (task: () => void): void => browserScheduler(task, 0);
