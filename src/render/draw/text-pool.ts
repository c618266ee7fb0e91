import type { GameObjects, Scene, Types } from 'phaser';
import { assignTexts } from '../map/text-assignment';

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

interface Placed {
  value: string;
  colour: string;
  x: number;
  y: number;
}

/**
 * Text objects reused across redraws: `begin`, `place` every line, then `end` puts them on screen.
 * Each text keeps the style it was made with (a pool per style), so reuse only changes its words,
 * colour and position, never its font.
 *
 * The lines are matched to texts in `end`, each line to a text already showing its words where there
 * is one: a text whose words or colour change is re-rendered into its canvas and uploaded as a new
 * texture (about 2 ms each on a software renderer), and handing texts out in drawing order meant one
 * region gaining a line ("1 building") shifted every later label onto another text — 17 of them
 * re-rendered in one frame of a quarter's end, where one line had changed.
 */
export class TextPool {
  private readonly pools = new Map<string, { texts: GameObjects.Text[]; placed: Placed[] }>();
  private readonly rulers = new Map<string, GameObjects.Text>();
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly scene: Scene,
    private readonly depth: number,
  ) {}

  begin(): void {
    for (const pool of this.pools.values()) pool.placed = [];
  }

  /** One line of text (no line breaks) at (x, y), shown at `end`. */
  place(value: string, px: number, colour: string, x: number, y: number, bold = false): void {
    const key = styleKey(px, bold);
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { texts: [], placed: [] };
      this.pools.set(key, pool);
    }
    pool.placed.push({ value, colour, x, y });
  }

  /**
   * The drawn width of a line of text, for layouts that must know it before drawing: Phaser's own
   * measure (ceil of the canvas's measureText in the text's font), without re-rendering anything.
   */
  measure(value: string, px: number, bold = false): number {
    const key = styleKey(px, bold);
    const widthKey = `${key}|${value}`;
    const known = this.widths.get(widthKey);
    if (known !== undefined) return known;
    if (this.widths.size > MAX_WIDTHS) this.widths.clear();
    let ruler = this.rulers.get(key);
    if (!ruler) {
      ruler = this.make(px, bold).setVisible(false);
      this.rulers.set(key, ruler);
    }
    // Setting the ruler's text instead re-rendered its canvas and uploaded it for every new string.
    ruler.style.syncFont(ruler.canvas, ruler.context);
    const width = Math.ceil(ruler.context.measureText(value).width);
    this.widths.set(widthKey, width);
    return width;
  }

  end(): void {
    for (const [key, pool] of this.pools) {
      // Words and colour together: a change of either re-renders the text.
      const shown = pool.texts.map((t) => `${t.text}\u0000${t.style.color}`);
      const wanted = pool.placed.map((p) => `${p.value}\u0000${p.colour}`);
      const assigned = assignTexts(shown, wanted);
      const used = new Set<number>();
      pool.placed.forEach((line, i) => {
        let index = assigned[i] ?? pool.texts.length;
        let t = pool.texts[index];
        if (!t) {
          const [px, bold] = key.split('|');
          t = this.make(Number(px), bold === 'b').setDepth(this.depth);
          index = pool.texts.push(t) - 1;
        }
        used.add(index);
        // Phaser redraws a text's canvas and uploads it again on every setColor, even to the colour it
        // has (setText already skips a value it has).
        t.setVisible(true).setText(line.value).setPosition(line.x, line.y);
        if (t.style.color !== line.colour) t.setColor(line.colour);
      });
      pool.texts.forEach((t, i) => {
        if (!used.has(i)) t.setVisible(false);
      });
    }
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
