import { type AfterPageShown, nextTask } from '../app/scheduler';

/**
 * Work that must wait for the page to show the store's latest state, such as focusing a field a click
 * has just added. The DOM is redrawn in a task of its own (see mount.ts), so a handler cannot find the
 * new element right away; it asks to run after the next redraw instead.
 */
let waiting: (() => void)[] = [];
let requestDraw: (() => void) | null = null;

/** Runs `task` once the next redraw has put the page in step with the store. */
export function afterNextDraw(task: () => void): void {
  waiting.push(task);
  requestDraw?.();
}

let epoch = 0;

/**
 * Redraws the page for a change the store does not hold (a folded section of a report unfolded). It
 * advances the local epoch, so memoised parts of the page (memo.ts) redraw too.
 */
export function requestRedraw(): void {
  epoch += 1;
  requestDraw?.();
}

/** How many changes the store does not hold have been asked to show. */
export const localEpoch = (): number => epoch;

/** The mounted UI says how to ask for a redraw (null when it is unmounted). */
export function setDrawRequester(request: (() => void) | null): void {
  requestDraw = request;
}

let holds = 0;
let onRelease: (() => void) | null = null;

/**
 * Keeps the page marked busy (see mount.ts) for work a draw started that ends later, such as a
 * dialog that opens after the next frame; call the function it returns when that work is done.
 */
export function holdBusy(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0) onRelease?.();
  };
}

export const isHeldBusy = (): boolean => holds > 0;

/** The mounted UI says what to do when the last hold is released. */
export function setBusyRelease(release: (() => void) | null): void {
  onRelease = release;
}

let draws = 0;

/** How many redraws have run: a dialog about to open waits for a frame with none after it (dialog.ts). */
export const drawsSoFar = (): number => draws;

/** Called by the redraw once the page is in step with the store. */
export function runAfterDraw(): void {
  draws += 1;
  const tasks = waiting;
  waiting = [];
  for (const task of tasks) task();
}

let partsToCome = false;

/** The mounted UI says whether a draw held parts back that the next one will draw (memo.ts). */
export function setPartsToCome(coming: boolean): void {
  partsToCome = coming;
}

/** True between a draw that held parts back and the one that draws them. */
export const arePartsToCome = (): boolean => partsToCome;

/** The longest `afterPageShown` waits by default: a page held busy (a slow dialog) must not stall the bots. */
const SHOWN_WAIT_MS = 1000;

/**
 * Runs `task` once the page has drawn and painted the store's latest state: #ui is no longer busy (it
 * stays busy until the last part of a staged redraw, and any dialog the draw opens, is in; mount.ts),
 * and a frame has gone by, in a task after it. The store paces the bots with it, so a bot starts
 * thinking only once the page has shown the move before; the map draws a change after it, as the
 * page's redraw and the map's in one frame made one long frame.
 */
export const afterPageShown: AfterPageShown = (task, maxWaitMs = SHOWN_WAIT_MS) => {
  const started = performance.now();
  let cancelled = false;
  const busy = () => document.getElementById('ui')?.hasAttribute('aria-busy') ?? false;
  const afterFrame = () =>
    requestAnimationFrame(() =>
      nextTask(() => {
        if (cancelled) return;
        if (busy() && performance.now() - started < maxWaitMs) afterFrame();
        else task();
      }),
    );
  afterFrame();
  return () => {
    cancelled = true;
  };
};
