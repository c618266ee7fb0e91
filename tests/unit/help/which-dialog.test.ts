import { describe, expect, it } from 'vitest';
import { type DialogInputs, whichDialog } from '../../../src/ui/help/which-dialog';

const base: DialogInputs = { open: null, reports: 2, seen: 2, viewerActive: true, pendingChoice: false };

describe('which help dialog shows', () => {
  it('opens an unseen report when the viewer’s turn begins, and not during others’ turns', () => {
    expect(whichDialog({ ...base, seen: 1 })).toBe('report');
    expect(whichDialog({ ...base, seen: 1, viewerActive: false })).toBeNull();
    expect(whichDialog(base)).toBeNull();
  });

  it('shows the event choice after the report, never both', () => {
    expect(whichDialog({ ...base, seen: 1, pendingChoice: true })).toBe('report');
    expect(whichDialog({ ...base, pendingChoice: true })).toBe('event');
  });

  it('leaves another open dialog alone, and obeys "Last report"', () => {
    expect(whichDialog({ ...base, seen: 1, pendingChoice: true, open: 'negotiate' })).toBeNull();
    expect(whichDialog({ ...base, open: 'report', viewerActive: false })).toBe('report');
  });
});
