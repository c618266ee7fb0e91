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
 * (the action form, the turn) are drawn and painted first, the companies' figures after the frame, and
 * the rest after one more. On a slow laptop one draw of a whole bot turn or quarter, with the frame that
 * lays it out, took 60–100 ms; each part stays under the 50 ms a task may take (issue 9).
 *
 * A dialog's body is held back the same way while the dialog waits to open (dialog-body.ts).
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
/** Parts to be drawn more frames later than this are held back in the current draw. */
let drawnUpTo = Number.POSITIVE_INFINITY;
/** The earliest frame a part held back in the current draw is due, if one was. */
let nextDue: number | null = null;

const changed = (before: unknown[], now: unknown[]) => before.some((value, i) => value !== now[i]);

/**
 * `later` names a part drawn after the frame (its key); `framesLater` how many frames after the parts
 * the move answers (1 unless said: the companies' figures come one frame after the action form, the
 * panels further down one frame after them).
 */
export function memo(
  deps: readonly unknown[],
  render: () => unknown,
  later?: string,
  framesLater = 1,
): unknown {
  const now = [...deps, localEpoch()];
  if (later === undefined) return guard(now, render);
  const before = drawnWith.get(later);
  if (framesLater > drawnUpTo && before !== undefined && changed(before, now)) {
    // The same deps as last time: guard keeps what the part shows (a part new to the page is
    // drawn anyway, with the render given now).
    holdsBack(framesLater);
    return guard(before, render);
  }
  drawnWith.set(later, now);
  return guard(now, render);
}

/**
 * Whether the current draw holds back parts due `framesLater` frames after the move; if it does, the
 * caller learns of it and draws them when they are due. Outside a staged draw nothing is held.
 */
export function holdsBack(framesLater: number): boolean {
  if (framesLater <= drawnUpTo) return false;
  nextDue = nextDue === null ? framesLater : Math.min(nextDue, framesLater);
  return true;
}

/**
 * Draws with the `later` parts due more than `upTo` frames after the move held back (all of them for
 * 0; none for Infinity); returns the earliest frame a held part is due, so the caller draws again
 * after the next frame for that one (null when none was held). A draw skips the frames no part is
 * due in: a dialog's body alone (due after the panels) comes after one frame, not three.
 */
export function drawHoldingBack(upTo: number, draw: () => void): number | null {
  drawnUpTo = upTo;
  nextDue = null;
  try {
    draw();
  } finally {
    drawnUpTo = Number.POSITIVE_INFINITY;
  }
  return nextDue;
}
