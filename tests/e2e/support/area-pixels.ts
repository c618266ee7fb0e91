import type { Page } from '@playwright/test';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AreaStats {
  /** Distinct RGB colours inside the area. */
  distinctColours: number;
  /** Share of pixels, 0..1, that differ from the canvas's clear colour. */
  drawnShare: number;
}

/**
 * Reads what WebGL drew inside `area` (page pixels; the canvas is at resolution 1, so a page pixel is a
 * canvas pixel once the canvas's place on the page is taken off: it covers only the map's slot on the
 * game screen, src/render/canvas-placement.ts), through Phaser's renderer.snapshot like canvas-pixels.ts.
 * Any part of the area off the canvas reads as transparent black, which counts as drawn: keep areas on it. The frame is
 * kept on the page under `keep`, so two frames can be compared with `changedPixels`.
 *
 * `source: 'blank-control'` counts a canvas filled with the clear colour instead, to show the
 * thresholds a test uses do reject an empty frame.
 */
export function readAreaStats(
  page: Page,
  area: Area,
  source: 'game' | 'blank-control' = 'game',
  keep?: string,
): Promise<AreaStats> {
  return page.evaluate(
    async ({ area, source, keep }) => {
      const clear = [0x07, 0x0b, 0x18];
      let origin = { left: 0, top: 0 };
      const image = await new Promise<CanvasImageSource>((resolve, reject) => {
        if (source === 'blank-control') {
          const blank = document.createElement('canvas');
          blank.width = window.innerWidth;
          blank.height = window.innerHeight;
          const ctx = blank.getContext('2d');
          if (!ctx) return reject(new Error('no 2d context'));
          ctx.fillStyle = '#070b18';
          ctx.fillRect(0, 0, blank.width, blank.height);
          return resolve(blank);
        }
        const game = window.__HYPERSCALE__?.game;
        if (!game) return reject(new Error('window.__HYPERSCALE__.game is missing'));
        origin = game.canvas.getBoundingClientRect();
        // The canvas draws only while something changes: ask for a frame, or the snapshot never comes.
        // Keep asking until it does: on a loaded machine the loop can fall asleep again before its
        // next frame (its idle timer fires first), and a single request then waits forever.
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
      canvas.width = Math.round(area.width);
      canvas.height = Math.round(area.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, Math.round(origin.left - area.x), Math.round(origin.top - area.y));
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      if (keep) (window as unknown as Record<string, unknown>)[keep] = data;
      const colours = new Set<number>();
      let drawn = 0;
      const pixels = canvas.width * canvas.height;
      for (let p = 0; p < pixels; p++) {
        const r = data[p * 4] ?? 0;
        const g = data[p * 4 + 1] ?? 0;
        const b = data[p * 4 + 2] ?? 0;
        colours.add((r << 16) | (g << 8) | b);
        if (r !== clear[0] || g !== clear[1] || b !== clear[2]) drawn++;
      }
      return { distinctColours: colours.size, drawnShare: drawn / pixels };
    },
    { area, source, keep },
  );
}

/** How many pixels differ between two frames kept by `readAreaStats` over the same area. */
export function changedPixels(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ({ a, b }) => {
      const store = window as unknown as Record<string, Uint8ClampedArray | undefined>;
      const x = store[a];
      const y = store[b];
      if (!x || !y || x.length !== y.length) throw new Error('the two frames are not of the same area');
      let changed = 0;
      for (let i = 0; i < x.length; i += 4)
        if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) changed++;
      return changed;
    },
    { a, b },
  );
}
