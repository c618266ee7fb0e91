import type { Rect } from './map/projection';

/** The page's staged redraw puts its later parts in a frame or two after a change (src/ui/mount.ts). */
const FRAMES_WATCHED = 3;

/**
 * Notices the map's slot moving or changing size while the loop sleeps. The map follows its slot
 * every frame it draws, but the loop no longer draws for every store change (render-on-demand.ts),
 * and a change can move the slot without a resize or a scroll (a header that wraps onto a second
 * line, a screen that opens). So after each change the slot is read for a few frames, each time
 * just after the frame is painted, when the layout is clean and reading it costs nothing.
 */
export class SlotWatch {
  private framesLeft = 0;
  private stopped = false;

  constructor(
    /** The slot's box as the map would use it now, or null when there is none. */
    private readonly read: () => Rect | null,
    /** The box the map last followed. */
    private readonly followed: () => Rect | null,
    private readonly onMoved: () => void,
  ) {}

  afterDraw(): void {
    const idle = this.framesLeft === 0;
    this.framesLeft = FRAMES_WATCHED;
    if (idle && !this.stopped) this.nextFrame();
  }

  stop(): void {
    this.stopped = true;
  }

  private nextFrame(): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.stopped) return;
        if (!sameBox(this.read(), this.followed())) this.onMoved();
        this.framesLeft -= 1;
        if (this.framesLeft > 0) this.nextFrame();
      }, 0),
    );
  }
}

function sameBox(a: Rect | null, b: Rect | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
