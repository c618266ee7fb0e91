import type { Game } from 'phaser';
import type { Rect } from './map/projection';

/**
 * Where the canvas sits on the page, and how large it is.
 *
 * Without a GPU (a classroom laptop, a headless browser: software WebGL) a frame costs in proportion to
 * the canvas's pixels, most of it in the browser's GPU process: 60–90 ms of its CPU for a full-window
 * frame at 1366×768, 16 ms at 800×450 (README, maxLongTaskMs), and the page's own frames wait behind it.
 * The game screen's map fills a slot about a quarter of the window, so while it shows, the canvas is
 * only as large as the slot and placed over it; the menus' skyline has the whole window.
 *
 * Moving the canvas is a style change the browser composites (no frame to draw), so the map follows its
 * slot through scrolling without waking the loop; only a new size redraws. The Phaser game keeps its
 * RESIZE scale mode: it sizes the canvas to its parent (#game), and this module sizes the parent.
 */
export interface CanvasPlacement {
  /** Puts the canvas over `box` (page pixels); returns whether its size changed (the canvas is then clear). */
  fitTo(box: Rect): boolean;
  /** Hides the canvas without resizing it (a slot with no room, or none on the page). */
  hide(): void;
  /** The whole window again, as the menus' backdrop. */
  fillWindow(): void;
}

export function canvasPlacement(game: Game): CanvasPlacement {
  const parent = game.scale.parent as HTMLElement | null;
  let size: { width: number; height: number } | null = null;
  // Where the canvas was last put: the map follows its slot every frame it draws, and mostly it has not moved.
  let placedAt: { x: number; y: number } | null = null;

  // Phaser reads the parent's box and resizes the canvas (and the renderer, and full-size cameras) to it.
  const resizeToParent = () => {
    game.scale.getParentBounds();
    game.scale.refresh();
  };

  return {
    fitTo(box) {
      if (!parent) return false;
      const style = parent.style;
      style.visibility = '';
      if (placedAt?.x !== box.x || placedAt.y !== box.y) {
        style.left = `${box.x}px`;
        style.top = `${box.y}px`;
        placedAt = { x: box.x, y: box.y };
      }
      const resized = !size || size.width !== box.width || size.height !== box.height;
      if (!resized) return false;
      size = { width: box.width, height: box.height };
      style.right = 'auto';
      style.bottom = 'auto';
      style.width = `${box.width}px`;
      style.height = `${box.height}px`;
      resizeToParent();
      return true;
    },
    hide() {
      if (parent) parent.style.visibility = 'hidden';
    },
    fillWindow() {
      if (!parent) return;
      const wasPlaced = size !== null || parent.style.visibility !== '';
      size = null;
      placedAt = null;
      for (const property of ['left', 'top', 'right', 'bottom', 'width', 'height', 'visibility'])
        parent.style.removeProperty(property);
      if (wasPlaced) resizeToParent();
    },
  };
}
