/**
 * The quarter report dialog: the latest report (or an earlier one, stepped to with Earlier / Later),
 * opened by "Last report" or by itself when the viewer's turn begins after a quarter they have not
 * seen (see which-dialog.ts). Closing it marks the reports so far as seen by this viewer.
 */
import { html, nothing } from 'lit-html';
import { requestRedraw } from '../after-draw';
import { modal } from '../dialog';
import { dialogBody } from '../dialog-body';
import { companyName } from '../format';
import type { View } from '../view';
import { viewerOf } from '../view';
import { memoryFor } from './memory';
import { reportBody } from './report-view';
import { dialogInputs, whichDialog } from './which-dialog';

/** The report to show: the remembered one if it still exists, else the latest. */
export function reportIndex(cursor: number | null, count: number): number {
  if (count === 0) return -1;
  return cursor === null || cursor < 0 || cursor >= count ? count - 1 : cursor;
}

export const reportDialog: View = (app) => {
  const state = app.game.state;
  const reports = app.game.reports;
  const open = Boolean(state) && reports.length > 0 && whichDialog(dialogInputs(app)) === 'report';
  const memory = memoryFor(app.game.setup);
  const index = reportIndex(memory.reportCursor, reports.length);
  const report = reports[index];
  const viewer = viewerOf(app);
  const close = () => {
    if (viewer) memory.seenReports.set(viewer, reports.length);
    memory.reportCursor = null;
    app.closeDialog();
  };
  const folding = {
    unfolded: memory.reportUnfolded,
    toggle: (companyId: string, open: boolean) => {
      if (open) memory.reportUnfolded.add(companyId);
      else memory.reportUnfolded.delete(companyId);
      // Memory is not the store: ask for the redraw that builds (or drops) the section's details.
      requestRedraw();
    },
  };
  const go = (to: number) => {
    memory.reportCursor = to;
    const label = reports[to]?.label ?? '';
    // The announcement both tells a screen reader what now shows and redraws the dialog.
    app.announce(`Showing the report for ${label}.`);
  };
  return modal({
    id: 'report-dialog',
    title: report ? `Quarter report: ${report.label}` : 'Quarter report',
    open: open && Boolean(report),
    onClose: close,
    wide: true,
    // Built only when open (the game screen redraws on every action), and again only when what it
    // shows changes; the folded sections' state is memory's, whose changes advance memo's epoch.
    body:
      open && report && state
        ? dialogBody(
            'report-dialog',
            [reports, index, report, app.game.figures, viewer, state, memory],
            () => html`<nav class="report-nav" aria-label="Reports">
              <button type="button" ?disabled=${index <= 0} @click=${() => go(index - 1)}>← Earlier quarter</button>
              <span>Report ${index + 1} of ${reports.length}</span>
              <button type="button" ?disabled=${index >= reports.length - 1} @click=${() => go(index + 1)}>
                Later quarter →
              </button>
            </nav>
            ${reportBody(report, app.game.figures, viewer, (id) => companyName(state, id), folding)}
            <div class="button-row">
              <button type="button" class="primary" @click=${close}>
                ${index === reports.length - 1 ? 'Back to the game' : 'Close'}
              </button>
            </div>`,
          )
        : nothing,
  });
};
