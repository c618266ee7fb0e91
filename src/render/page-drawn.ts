/**
 * Calls back once the page has finished drawing a change: when #ui is no longer aria-busy (it stays
 * busy until the last part of a staged redraw, and any dialog it opens, is in; src/ui/mount.ts), and
 * then one frame more, the frame that lays that redraw out. The map draws its own change after it:
 * the page's redraw and the map's in the same frame made one long frame. A page that stays busy (a
 * dialog held open by a slow task) does not keep the map waiting longer than `maxWaitMs`.
 *
 * It polls with the browser's own animation frames, not Phaser's loop, so the canvas can stay
 * asleep while it waits (render-on-demand.ts). Returns a function that cancels the wait.
 */
export function afterPageDrawn(callback: () => void, maxWaitMs: number): () => void {
  const started = performance.now();
  let frame = 0;
  const pageBusy = () => document.getElementById('ui')?.hasAttribute('aria-busy') ?? false;
  const check = () => {
    if (pageBusy() && performance.now() - started < maxWaitMs) {
      frame = requestAnimationFrame(check);
      return;
    }
    frame = requestAnimationFrame(callback);
  };
  frame = requestAnimationFrame(check);
  return () => cancelAnimationFrame(frame);
}
