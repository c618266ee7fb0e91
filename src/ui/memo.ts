/**
 * Parts of the page redrawn only when what they show has changed, and some of them a frame later.
 *
 * The whole screen is one lit-html render on every store change (mount.ts), so closing a dialog or
 * typing into a form also rebuilt every panel's template values: on the game screen 20–50 ms of work
 * for a page that did not change, in the task the player waits on. A memoised part names what it
 * reads (the game state, the viewer, a slice of the UI state) and lit's `guard` skips it while those
 * are the same objects.
 *
 * A part drawn `later` (the map's regions, the ledger, the chip market…) keeps showing what it showed
 * for one more frame when the draw it is in changes much: the panels that answer the player's move
 * (the companies, the action form) are drawn and painted first, and the rest in a second draw after
 * the frame. On a slow laptop one draw of a whole bot turn or quarter, with the frame that lays it
 * out, took 60–100 ms; each half stays under the 50 ms a task may take (issue 9).
 *
 * What the store does not hold (a folded section opened, see lazy-details.ts) changes the page
 * through `requestRedraw`, which advances the local epoch: every memoised part redraws then.
 *
 * The deps must name everything the part reads that can change, handlers included: a handler kept
 * from an earlier draw sees that draw's values. Store methods are stable and need no naming.
 */
import { guard } from 'lit-html/directives/guard.js';
import { localEpoch } from './after-draw';

/** The deps each `later` part was last drawn with, by its key. */
const drawnWith = new Map<string, unknown[]>();
let deferring = false;
let deferred = false;

const changed = (before: unknown[], now: unknown[]) => before.some((value, i) => value !== now[i]);

export function memo(deps: readonly unknown[], render: () => unknown, later?: string): unknown {
  const now = [...deps, localEpoch()];
  if (later === undefined) return guard(now, render);
  const before = drawnWith.get(later);
  if (deferring && before !== undefined && changed(before, now)) {
    // The same deps as last time: guard keeps what the part shows (a part new to the page is
    // drawn anyway, with the render given now).
    deferred = true;
    return guard(before, render);
  }
  drawnWith.set(later, now);
  return guard(now, render);
}

/**
 * Draws with `later` parts held back when `hold` is true; says whether any was, so the caller draws
 * again after the next frame.
 */
export function drawHoldingBack(hold: boolean, draw: () => void): boolean {
  deferring = hold;
  deferred = false;
  try {
    draw();
  } finally {
    deferring = false;
  }
  return deferred;
}
