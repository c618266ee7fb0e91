import type { GameObjects, Scene } from 'phaser';

export const MAP_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/**
 * Text objects reused across redraws (creating a Text makes a canvas and a texture each time):
 * `begin`, take as many as needed with `text`, then `end` hides the ones left over.
 */
export class TextPool {
  private readonly pool: GameObjects.Text[] = [];
  private used = 0;
  private ruler: GameObjects.Text | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly depth: number,
  ) {}

  begin(): void {
    this.used = 0;
  }

  text(value: string, px: number, colour: string, bold = false): GameObjects.Text {
    let t = this.pool[this.used];
    if (!t) {
      t = this.scene.add.text(0, 0, '', { fontFamily: MAP_FONT }).setDepth(this.depth);
      this.pool.push(t);
    }
    this.used++;
    t.setVisible(true)
      .setText(value)
      .setFontSize(px)
      .setColor(colour)
      .setFontStyle(bold ? 'bold' : '');
    return t;
  }

  /** The drawn width of a line of text, for layouts that must know it before drawing. */
  measure(value: string, px: number, bold = false): number {
    this.ruler ??= this.scene.add.text(0, 0, '', { fontFamily: MAP_FONT }).setVisible(false);
    this.ruler
      .setFontSize(px)
      .setFontStyle(bold ? 'bold' : '')
      .setText(value);
    return Math.ceil(this.ruler.width);
  }

  end(): void {
    for (let i = this.used; i < this.pool.length; i++) this.pool[i]?.setVisible(false);
  }
}
