/**
 * A dialog's body, memoised on what it shows and, while the dialog waits to open, drawn in a task of
 * its own after the page's panels.
 *
 * At a quarter's end one draw showed the turn, the action form, the rules' new figures and the whole
 * quarter report: 43–51 ms of lit-html in one task on this machine (issue 9: no task of 50 ms). The
 * dialog only opens once every part of a staged draw is in (dialog.ts), so drawing its body last shows
 * the report no later, and the move's own parts are painted without it. And where a dialog's body was
 * built again in each of a draw's later tasks, and on every store change while open (the event
 * dialog asks the rules for a preview of each option), it is now built when what it shows changes.
 *
 * `deps` name everything the body reads that can change, handlers included (as for memo.ts).
 */
import { nothing } from 'lit-html';
import { isShowing } from './dialog';
import { holdsBack, memo } from './memo';

/** Frames after the move's own parts: after the companies (1) and the panels further down (2). */
const BODY_FRAMES = 3;

/** The deps each dialog's body was last drawn with, by the dialog's id. */
const drawnWith = new Map<string, readonly unknown[]>();

const same = (before: readonly unknown[] | undefined, now: readonly unknown[]) =>
  before !== undefined && before.length === now.length && before.every((value, i) => value === now[i]);

export function dialogBody(id: string, deps: readonly unknown[], render: () => unknown): unknown {
  // An open dialog answers a click in it (Earlier quarter, an unfolded section) in the click's draw.
  if (!same(drawnWith.get(id), deps) && !isShowing(id) && holdsBack(BODY_FRAMES)) return nothing;
  drawnWith.set(id, deps);
  return memo(deps, render);
}
