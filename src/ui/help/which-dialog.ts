/**
 * Which of the help layer's two dialogs shows, so they never stack. A report the viewer has not seen
 * opens by itself when their turn begins — so a player reads every quarter's report without hunting for
 * it, while the bots' turns in between open nothing — and an event's choice follows once it is closed
 * (the report says what happened; the choice is about what to do next).
 */
import type { AppState, DialogId } from '../../app/store';
import { viewerOf } from '../view';
import { memoryFor } from './memory';

export interface DialogInputs {
  /** The dialog the store says is open. */
  open: DialogId | null;
  reports: number;
  /** Reports there were when this viewer last closed the report. */
  seen: number;
  /** The viewer is at the device and it is their turn. */
  viewerActive: boolean;
  pendingChoice: boolean;
}

export function whichDialog(i: DialogInputs): 'report' | 'event' | null {
  if (i.open === 'report') return 'report';
  if (i.open !== null && i.open !== 'event') return null;
  if (i.viewerActive && i.reports > i.seen) return 'report';
  if (i.viewerActive && i.pendingChoice) return 'event';
  return null;
}

export function dialogInputs(app: AppState): DialogInputs {
  const state = app.game.state;
  const viewer = viewerOf(app);
  const active = state?.seats[state.activeSeat]?.companyId ?? null;
  const viewerActive = Boolean(state && viewer && active === viewer && state.phase === 'acting');
  return {
    open: app.ui.dialog,
    reports: app.game.reports.length,
    seen: viewer ? (memoryFor(app.game.setup).seenReports.get(viewer) ?? 0) : 0,
    viewerActive,
    pendingChoice: Boolean(viewer && (state?.companies[viewer]?.pendingChoices.length ?? 0) > 0),
  };
}
