// The reference the title screen is timed against: the same Phaser, one empty scene, nothing else.
import { Game, Scale, Scene, WEBGL } from 'phaser';

class Bare extends Scene {
  create(): void {
    this.add.text(20, 20, 'Bare Phaser');
    (window as unknown as { bareReadyMs: number }).bareReadyMs = performance.now();
  }
}

new Game({
  type: WEBGL,
  parent: 'game',
  banner: false,
  scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
  scene: [Bare],
});
