import { Scene } from 'phaser';
import type { AppState, AppStore } from '../../app/store';
import { drawBackdrop } from '../draw/skyline';
import { SCENE_READY, WAKE_LOOP } from '../events';
import { PALETTE } from '../palette';

export const TITLE_SCENE = 'title';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/**
 * The first screen: the game's name over a data-center skyline. The menu is not drawn here:
 * it is real DOM buttons (src/ui/screens/title.ts) so keyboards and screen readers can use it.
 * The other menu screens (levels, setup, ranking, help) keep the skyline as their backdrop, but
 * without the big name, which would show through and clash with their text.
 */
export class TitleScene extends Scene {
  constructor(private readonly store: AppStore) {
    super(TITLE_SCENE);
  }

  create(): void {
    const backdrop = this.add.graphics();
    const title = this.add
      .text(0, 0, 'HYPERSCALE', { fontFamily: FONT, fontStyle: 'bold', color: PALETTE.title })
      .setOrigin(0.5);
    const subtitle = this.add
      .text(0, 0, 'The AI infrastructure arms race, quarter by quarter', {
        fontFamily: FONT,
        color: PALETTE.subtitle,
        align: 'center',
      })
      .setOrigin(0.5, 0);

    const layout = (width: number, height: number): void => {
      drawBackdrop(backdrop, width, height);
      // Sizes follow the window width, clamped so phones and wide monitors both read well.
      const titleSize = clamp(Math.round(width / 11), 36, 112);
      title.setFontSize(titleSize).setLetterSpacing(Math.round(titleSize / 8));
      title.setPosition(width / 2, Math.round(height * 0.17));
      subtitle.setFontSize(clamp(Math.round(width / 55), 14, 24)).setWordWrapWidth(width * 0.9);
      // Anchored by its top edge, so a subtitle wrapped onto two lines grows downwards.
      subtitle.setPosition(width / 2, title.y + titleSize * 0.62);
    };

    const showName = (app: AppState) => {
      const visible = app.ui.screen === 'title';
      if (visible === title.visible) return;
      // The loop sleeps while nothing on the canvas changes: this does.
      this.game.events.emit(WAKE_LOOP);
      title.setVisible(visible);
      subtitle.setVisible(visible);
    };
    showName(this.store.getState());
    const unsubscribe = this.store.subscribe(showName);

    layout(this.scale.width, this.scale.height);
    // RESIZE mode: the canvas follows the window, so the scene redraws at the new size.
    const onResize = (size: { width: number; height: number }) => layout(size.width, size.height);
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      unsubscribe();
    });

    this.game.events.emit(SCENE_READY, TITLE_SCENE);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
