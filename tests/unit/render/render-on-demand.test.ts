import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WAKE_LOOP } from '../../../src/render/events';
import { IDLE_MS, renderOnDemand } from '../../../src/render/render-on-demand';

/** Just enough of a Phaser game: an event emitter, a loop that sleeps and wakes, no tweens. */
function fakeGame() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const events = {
    on(name: string, f: () => void) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)?.add(f);
    },
    off(name: string, f: () => void) {
      listeners.get(name)?.delete(f);
    },
    once(name: string, f: () => void) {
      const g = () => {
        events.off(name, g);
        f();
      };
      events.on(name, g);
    },
    emit(name: string) {
      for (const f of [...(listeners.get(name) ?? [])]) f();
    },
  };
  // Phaser's wake() of a sleeping loop draws a frame at once; an awake loop draws at the next frame.
  const frame = () => events.emit('postrender');
  const loop = {
    running: false,
    sleeps: 0,
    wake() {
      this.running = true;
      frame();
    },
    sleep() {
      this.running = false;
      this.sleeps += 1;
    },
  };
  const scene = { getScenes: () => [] };
  return { game: { events, loop, scene } as never, events, loop, frame };
}

describe('the canvas drawn on demand', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sleeps once nothing has asked for a frame for a while', () => {
    const { game, events, loop, frame } = fakeGame();
    renderOnDemand(game);
    events.emit('ready');
    frame(); // the awake loop's next frame
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(IDLE_MS);
    expect(loop.running).toBe(false);
  });

  it('does not sleep before a frame asked for while awake has been drawn, however late it comes', () => {
    const { game, events, loop, frame } = fakeGame();
    renderOnDemand(game);
    events.emit('ready');
    frame();
    // The map asks for a frame to draw a change while the loop is still awake: the change is drawn at
    // the next frame, and on a loaded machine that frame may come after the idle timer has fired.
    vi.advanceTimersByTime(IDLE_MS - 10);
    events.emit(WAKE_LOOP);
    vi.advanceTimersByTime(IDLE_MS * 3);
    expect(loop.running).toBe(true);
    expect(loop.sleeps).toBe(0);
    frame();
    vi.advanceTimersByTime(IDLE_MS);
    expect(loop.running).toBe(false);
  });

  it('wakes a sleeping loop for a change, which draws it at once and sleeps again', () => {
    const { game, events, loop, frame } = fakeGame();
    renderOnDemand(game);
    events.emit('ready');
    frame(); // the awake loop's next frame
    vi.advanceTimersByTime(IDLE_MS);
    expect(loop.running).toBe(false);
    events.emit(WAKE_LOOP);
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(IDLE_MS);
    expect(loop.running).toBe(false);
  });
});
