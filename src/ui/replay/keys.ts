/**
 * The replay's keys, as the best analysis boards have them: ← → one action, Shift+← / Shift+→ one
 * quarter, Home / End the start and the end, Space play or pause, ? the list of keys. Ignored while
 * typing in a field, and only on the replay screen.
 */
import type { AppStore } from '../../app/store';

export const REPLAY_KEYS: readonly [string, string][] = [
  ['← / →', 'one action back / forward'],
  ['Shift+← / Shift+→', 'one quarter back / forward'],
  ['Home / End', 'the start / the end'],
  ['Space', 'play / pause'],
  ['?', 'show or hide this list'],
];

export function installReplayKeys(store: AppStore): () => void {
  const onKey = (event: KeyboardEvent) => {
    const app = store.getState();
    if (app.ui.screen !== 'replay' || !app.replay.timeline) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.closest('input, select, textarea, [contenteditable]') || target.closest('dialog')))
      return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = (() => {
      switch (event.key) {
        case 'ArrowLeft':
          return event.shiftKey ? app.stepQuarters(-1) : app.stepActions(-1);
        case 'ArrowRight':
          return event.shiftKey ? app.stepQuarters(1) : app.stepActions(1);
        case 'Home':
          return app.seek(0);
        case 'End':
          return app.seek(Number.MAX_SAFE_INTEGER);
        case ' ':
          // Space on a focused button presses it; the board's key only applies elsewhere.
          if (target?.closest('button')) return 'skip';
          return app.togglePlay();
        case '?':
          return app.toggleReplayKeys();
        default:
          return 'skip';
      }
    })();
    if (handled !== 'skip') event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
