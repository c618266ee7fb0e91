import type { Page } from '@playwright/test';

export interface PixelStats {
  width: number;
  height: number;
  /** Distinct RGB colours in the frame. */
  distinctColours: number;
  /** Share of pixels, 0..1, that differ from the clear colour. */
  drawnShare: number;
  /** Near-white pixels in the top third, where the title text is drawn. */
  brightPixelsTop: number;
}

/**
 * Reads back what WebGL drew, through Phaser's renderer.snapshot (it reads the framebuffer at
 * the end of a frame, so no preserveDrawingBuffer is needed). A page screenshot would not do:
 * it includes the DOM menu drawn over the canvas, so a blank canvas could still pass.
 *
 * `source: 'blank-control'` runs the same counting on a canvas filled with the clear colour,
 * to show the thresholds used by the tests really reject an empty frame.
 */
export function readPixelStats(page: Page, source: 'game' | 'blank-control'): Promise<PixelStats> {
  return page.evaluate(async (from) => {
    const clear = [0x07, 0x0b, 0x18];
    const image = await new Promise<HTMLImageElement>((resolve, reject) => {
      if (from === 'blank-control') {
        const blank = document.createElement('canvas');
        blank.width = 1280;
        blank.height = 720;
        const ctx = blank.getContext('2d');
        if (!ctx) return reject(new Error('no 2d context'));
        ctx.fillStyle = '#070b18';
        ctx.fillRect(0, 0, blank.width, blank.height);
        const img = new Image();
        img.onload = () => resolve(img);
        img.src = blank.toDataURL();
        return;
      }
      const game = window.__HYPERSCALE__?.game;
      if (!game) return reject(new Error('window.__HYPERSCALE__.game is missing'));
      // The canvas draws only while something changes: ask for a frame, or the snapshot never comes.
      // Keep asking until it does: on a loaded machine the loop can fall asleep again before its next
      // frame (its idle timer fires first), and a single request then waits forever.
      const asking = setInterval(() => window.__HYPERSCALE__?.wake?.(), 100);
      const done = (shot: HTMLImageElement) => {
        clearInterval(asking);
        resolve(shot);
      };
      game.renderer.snapshot((shot) => {
        if (!(shot instanceof HTMLImageElement)) {
          clearInterval(asking);
          return reject(new Error('snapshot is not an image'));
        }
        if (shot.complete && shot.naturalWidth > 0) done(shot);
        else shot.onload = () => done(shot);
      });
      window.__HYPERSCALE__?.wake?.();
    });

    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(image, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);

    const colours = new Set<number>();
    let drawn = 0;
    let brightTop = 0;
    for (let p = 0; p < width * height; p++) {
      const r = data[p * 4] ?? 0;
      const g = data[p * 4 + 1] ?? 0;
      const b = data[p * 4 + 2] ?? 0;
      colours.add((r << 16) | (g << 8) | b);
      if (r !== clear[0] || g !== clear[1] || b !== clear[2]) drawn++;
      if (p < (width * height) / 3 && r > 200 && g > 200 && b > 200) brightTop++;
    }
    return {
      width,
      height,
      distinctColours: colours.size,
      drawnShare: drawn / (width * height),
      brightPixelsTop: brightTop,
    };
  }, source);
}
