import type { GameObjects, Scene, Types } from 'phaser';

export const MAP_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/**
 * Font metrics per style, measured once for the page. Phaser measures a font's ascent and descent
 * by reading canvas pixels back (getImageData) whenever a Text is created or its font changes;
 * with a software renderer that was most of a second for the map's thirty-odd labels. Handing the
 * measured metrics to every later Text of the same style skips it.
 */
const METRICS = new Map<string, Types.GameObjects.Text.TextMetrics>();

/** Widths kept before the cache starts afresh (a game shows a few hundred distinct labels). */
const MAX_WIDTHS = 2000;

const styleKey = (px: number, bold: boolean) => `${px}|${bold ? 'b' : ''}`;

/**
 * Text objects reused across redraws: `begin`, take as many as needed with `text`, then `end`
 * hides the ones left over. Each text keeps the style it was made with (a pool per style), so
 * reuse only changes its words, colour and position, never its font.
 */
export class TextPool {
  private readonly pools = new Map<string, { texts: GameObjects.Text[]; used: number }>();
  private readonly rulers = new Map<string, GameObjects.Text>();
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly scene: Scene,
    private readonly depth: number,
  ) {}

  begin(): void {
    for (const pool of this.pools.values()) pool.used = 0;
  }

  text(value: string, px: number, colour: string, bold = false): GameObjects.Text {
    const key = styleKey(px, bold);
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { texts: [], used: 0 };
      this.pools.set(key, pool);
    }
    let t = pool.texts[pool.used];
    if (!t) {
      t = this.make(px, bold).setDepth(this.depth);
      pool.texts.push(t);
    }
    pool.used++;
    // Phaser redraws a text's canvas and uploads it again on every setColor, even to the colour it
    // has: on a software renderer the map's labels took tens of ms a redraw that changed none of them.
    // (setText already skips a value it has.)
    t.setVisible(true).setText(value);
    if (t.style.color !== colour) t.setColor(colour);
    return t;
  }

  /** The drawn width of a line of text, for layouts that must know it before drawing. */
  measure(value: string, px: number, bold = false): number {
    const key = styleKey(px, bold);
    // Each new string measured redraws the ruler's canvas and uploads it, so each is measured once.
    const widthKey = `${key}|${value}`;
    const known = this.widths.get(widthKey);
    if (known !== undefined) return known;
    if (this.widths.size > MAX_WIDTHS) this.widths.clear();
    let ruler = this.rulers.get(key);
    if (!ruler) {
      ruler = this.make(px, bold).setVisible(false);
      this.rulers.set(key, ruler);
    }
    const width = Math.ceil(ruler.setText(value).width);
    this.widths.set(widthKey, width);
    return width;
  }

  end(): void {
    for (const pool of this.pools.values())
      for (let i = pool.used; i < pool.texts.length; i++) pool.texts[i]?.setVisible(false);
  }

  private make(px: number, bold: boolean): GameObjects.Text {
    const key = styleKey(px, bold);
    const known = METRICS.get(key);
    const t = this.scene.add.text(0, 0, '', {
      fontFamily: MAP_FONT,
      fontSize: `${px}px`,
      fontStyle: bold ? 'bold' : '',
      ...(known ? { metrics: known } : {}),
    });
    if (!known) METRICS.set(key, t.style.getTextMetrics());
    return t;
  }
}
