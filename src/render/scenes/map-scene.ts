import type { GeoProjection } from 'd3-geo';
import { type GameObjects, Scene, type Tweens } from 'phaser';
import { boardState } from '../../app/board';
import type { AfterPageShown } from '../../app/scheduler';
import type { AppState, AppStore } from '../../app/store';
import type { GameState } from '../../core';
import { type CanvasPlacement, canvasPlacement } from '../canvas-placement';
import { drawGeography } from '../draw/map-geography';
import { drawRegionLabels } from '../draw/map-labels';
import { drawLegend } from '../draw/map-legend';
import { drawMarkers, type SiteMotion, STILL } from '../draw/map-sites';
import { TextPool } from '../draw/text-pool';
import { SCENE_READY, WAKE_LOOP } from '../events';
import { countriesHolding, type Geography, loadGeography } from '../map/geography';
import { layoutLegend } from '../map/legend-layout';
import {
  type MapMarkers,
  mapMarkers,
  ownersOf,
  placedPoints,
  radiusScaleFor,
  unplacedOf,
} from '../map/markers';
import { fitRegions, type Rect } from '../map/projection';
import { siteChanges, statusesOf } from '../map/site-changes';
import { SlotWatch } from '../slot-watch';

export const MAP_SCENE = 'map';
/** The transparent element on the game screen the map must fill (src/ui/screens/game.ts). */
const SLOT_ID = 'map-slot';
/** Long enough to notice, short enough not to hold anyone up; any key or click ends it at once. */
const MOTION_MS = 650;
const GEOGRAPHY_TEXTURE = 'map-geography';
/** How long the slot's size must hold before the map is redrawn for it. */
const RESIZE_SETTLE_MS = 150;
/** The longest the map waits for the page to finish drawing a change before drawing its own. */
const PAGE_WAIT_MS = 600;

interface Layers {
  /** The world, drawn into a 2D canvas shown as `geographyImage` (see draw/map-geography.ts for why). */
  geography: HTMLCanvasElement;
  geographyImage: GameObjects.Image | null;
  sites: GameObjects.Graphics;
  labelBacking: GameObjects.Graphics;
  legend: GameObjects.Graphics;
  labels: TextPool;
  legendTexts: TextPool;
}

/** Everything the map draws from the state, as one string: equal strings, equal pictures. */
function mapKey(state: GameState): string {
  const sites = Object.values(state.companies).map(
    (c) =>
      `${c.id}:${c.status}:${c.dataCenters.map((d) => `${d.id}/${d.regionId}/${d.mw}/${d.status}/${d.quartersToGo}`).join(',')}`,
  );
  const regions = Object.entries(state.regions).map(([id, r]) => `${id}:${r.powerMw}:${r.claimedMw}`);
  const controls = state.regulation.exportControls.map(
    (x) => `${x.regionId}:${x.supplyBp}:${x.untilQuarter}`,
  );
  return `${sites.join(';')}|${regions.join(';')}|${controls.join(';')}|${state.quarter}`;
}

/** The slot's box on the page, inside its 1px border (which the DOM draws over the canvas). */
function readSlot(): Rect | null {
  const element = document.getElementById(SLOT_ID);
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return {
    x: Math.round(box.left) + 1,
    y: Math.round(box.top) + 1,
    width: Math.max(0, Math.round(box.width) - 2),
    height: Math.max(0, Math.round(box.height) - 2),
  };
}

/**
 * The game screen's map: the level's regions on real geography, each data center in its region.
 * The canvas lies behind the DOM, sized to #map-slot and placed over it (canvas-placement.ts), and
 * follows the slot as the overlay scrolls, panels grow and dialogs come and go; the map is drawn in
 * the slot's own coordinates. The map reads the store and never writes it.
 */
export class MapScene extends Scene {
  private placement: CanvasPlacement | null = null;
  private layers: Layers | null = null;
  private geography: Geography | null = null;
  /** The slot's inner box on the page, as last applied to the camera. */
  private slot: Rect | null = null;
  private projection: GeoProjection | null = null;
  private legendHeight = 0;
  private statuses: Map<number, GameState['companies'][string]['dataCenters'][number]['status']> | null =
    null;
  private reportsSeen = 0;
  /** The board state last drawn, to redraw only when it changes. */
  private shownState: GameState | null = null;
  /** What the map showed of it (sites, regions' power, export controls), to skip moves that change none. */
  private shownKey = '';
  /** The latest store state not yet drawn (drawn at the next frame). */
  private pendingApp: AppState | null = null;
  /** Whether the change not yet drawn can change the picture (see pictureMayChange). */
  private pendingMatters = false;
  /** Cancels the wait for the page to finish drawing that change, while one runs. */
  private cancelPageWait: (() => void) | null = null;
  /** The page has drawn the change: the map may draw it at its next frame. */
  private pageDrawn = false;
  private motion: SiteMotion = STILL;
  private tween: Tweens.Tween | null = null;
  private readySent = false;
  /** The labels wait for the frame after the sites' (see drawMarkersLayer). */
  private labelsPending = false;
  /** The slot size the map was last drawn for, and when the slot last changed size. */
  private drawnSize: { width: number; height: number } | null = null;
  private resizedAt = 0;
  /** The countries that hold a region: fixed for a game, so worked out once. */
  private holding: Set<number> | null = null;

  constructor(
    private readonly store: AppStore,
    /** Waits for the page to show a change (src/ui/after-draw.ts), with the browser's own frames. */
    private readonly afterPageShown: AfterPageShown,
  ) {
    super(MAP_SCENE);
  }

  create(): void {
    // A scene object outlives stop/start: everything per-game starts afresh here.
    this.slot = null;
    this.projection = null;
    this.statuses = null;
    this.motion = STILL;
    this.tween = null;
    this.pendingApp = null;
    this.pendingMatters = false;
    this.pageDrawn = false;
    this.cancelPageWait = null;
    this.readySent = false;
    this.holding = null;
    this.drawnSize = null;
    this.resizedAt = 0;
    this.reportsSeen = this.store.getState().game.reports.length;
    this.layers = {
      geography: document.createElement('canvas'),
      geographyImage: null,
      sites: this.add.graphics().setDepth(1),
      labelBacking: this.add.graphics().setDepth(2),
      labels: new TextPool(this, 3),
      legend: this.add.graphics().setDepth(4),
      legendTexts: new TextPool(this, 5),
    };
    this.cameras.main.setVisible(false);
    const placement = canvasPlacement(this.game);
    this.placement = placement;

    // Store changes are drawn in a frame of their own, not inside the task that made them, and the loop
    // sleeps while the picture holds (render-on-demand.ts): only a change the map shows wakes it.
    const slotWatch = new SlotWatch(
      readSlot,
      () => this.slot,
      () => this.slotMoved(),
    );
    // Scrolling moves the slot, never resizes it: the canvas moves with it and nothing is redrawn.
    const overlay = document.getElementById('ui') ?? window;
    const onScroll = () => this.slotMoved();
    overlay.addEventListener('scroll', onScroll, { passive: true });
    const unsubscribe = this.store.subscribe((now) => {
      this.pendingApp = now;
      if (this.pictureMayChange(now)) {
        this.pendingMatters = true;
        // The wait starts at the oldest change not yet drawn, so a stream of moves cannot hold it off.
        this.cancelPageWait ??= this.afterPageShown(() => {
          this.cancelPageWait = null;
          this.pageDrawn = true;
          this.game.events.emit(WAKE_LOOP);
        }, PAGE_WAIT_MS);
      }
      slotWatch.afterDraw();
    });
    const skip = () => this.finishMotion();
    window.addEventListener('keydown', skip, true);
    window.addEventListener('pointerdown', skip, true);
    this.events.once('shutdown', () => {
      unsubscribe();
      slotWatch.stop();
      this.cancelPageWait?.();
      this.cancelPageWait = null;
      window.removeEventListener('keydown', skip, true);
      window.removeEventListener('pointerdown', skip, true);
      overlay.removeEventListener('scroll', onScroll);
      placement.fillWindow();
      this.placement = null;
      this.tween?.remove();
      this.tween = null;
      this.layers = null;
    });

    void loadGeography().then((geography) => {
      this.geography = geography;
      if (!this.sys.isActive()) return;
      // The world may arrive after the loop went to sleep.
      this.game.events.emit(WAKE_LOOP);
      this.followSlot(true);
    });
  }

  /**
   * Whether a store change can change what the map shows: a new board (a level, a replay's quarter), a
   * quarter's end (its pulse) or anything in `mapKey`. Cheap enough for every change: a few dozen sites.
   */
  private pictureMayChange(now: AppState): boolean {
    const state = boardState(now);
    const shown = this.shownState;
    if (!state || state === shown) return false;
    if (!shown || state.levelHash !== shown.levelHash) return true;
    if (now.ui.screen === 'game' && now.game.reports.length > this.reportsSeen) return true;
    return mapKey(state) !== this.shownKey;
  }

  override update(): void {
    this.followSlot(false);
    if (this.labelsPending) {
      this.labelsPending = false;
      this.drawLabels();
    }
    // A change the map shows waits until the page has shown it (afterPageShown); the others are only
    // remembered, so the map knows what it shows.
    const pending = this.pendingApp;
    if (pending && (!this.pendingMatters || this.pageDrawn)) {
      this.pendingApp = null;
      this.pendingMatters = false;
      this.pageDrawn = false;
      this.onStoreChange(pending);
    }
    // Work still to do keeps the loop awake: labels due next frame, a new size waiting to settle.
    if (this.labelsPending || this.sizeToRedraw()) this.game.events.emit(WAKE_LOOP);
  }

  /**
   * The slot moved between frames (a scroll, the page's layout): a move is followed at once, without a
   * frame; a new size needs the loop, which resizes the canvas and redraws (followSlot).
   */
  private slotMoved(): void {
    const slot = readSlot();
    const shown = this.slot;
    if (slot && shown && slot.width === shown.width && slot.height === shown.height) {
      this.placement?.fitTo(slot);
      this.slot = slot;
      return;
    }
    this.game.events.emit(WAKE_LOOP);
  }

  /**
   * Puts the canvas over the slot at once, resizing it when the slot's size changed, and redraws the
   * map once that size has held still for a moment: dragging a window edge would otherwise redraw the
   * whole world on every frame (until then the old picture shows from the slot's corner).
   */
  private followSlot(force: boolean): void {
    const camera = this.cameras.main;
    const slot = readSlot();
    if (!slot || !this.geography || slot.width === 0 || slot.height === 0) {
      camera.setVisible(false);
      this.placement?.hide();
      return;
    }
    const old = this.slot;
    if (this.placement?.fitTo(slot) || !old) camera.setViewport(0, 0, slot.width, slot.height);
    camera.setVisible(true);
    if (old && (old.width !== slot.width || old.height !== slot.height)) this.resizedAt = this.time.now;
    this.slot = slot;
    const drawnFor = this.drawnSize;
    if (force || !drawnFor || (this.sizeToRedraw() && this.time.now - this.resizedAt >= RESIZE_SETTLE_MS))
      this.drawAll();
  }

  /** The slot has a size the map was not drawn for (it redraws once the size holds still). */
  private sizeToRedraw(): boolean {
    const drawnFor = this.drawnSize;
    const slot = this.slot;
    return !!slot && (!drawnFor || drawnFor.width !== slot.width || drawnFor.height !== slot.height);
  }

  private onStoreChange(now: AppState): void {
    // The board: the game in play, or the replay at its cursor (the same map, as it was then).
    const state = boardState(now);
    const previous = this.shownState;
    if (!state || !this.layers || state === previous) return;
    this.shownState = state;
    // A new level (not a new config object: a quarter's resolution runs on a deep copy, so every
    // quarter brings an equal config under a new reference — redrawing the world for it cost ~100 ms).
    if (state.levelHash !== previous?.levelHash) {
      this.statuses = null;
      this.holding = null;
      this.drawAll();
      return;
    }
    const sites = Object.values(state.companies).flatMap((c) => c.dataCenters);
    const changes = siteChanges(this.statuses, sites);
    const quarterEnded = now.ui.screen === 'game' && now.game.reports.length > this.reportsSeen;
    this.reportsSeen = now.game.reports.length;
    // Most moves change nothing the map shows (a split, a deal, a turn passed): redrawing its labels
    // anyway re-rendered a few dozen text textures on the main thread, tens of ms, at every move.
    const shown = mapKey(state);
    if (shown === this.shownKey && !quarterEnded) return;
    this.shownKey = shown;
    // A quarter's report pulses the sites it changed, or, when none did, those still being built.
    const pulsing =
      changes.changed.length > 0 || !quarterEnded
        ? changes.changed
        : sites.filter((s) => s.status !== 'operating').map((s) => s.id);
    this.statuses = statusesOf(sites);
    if (now.ui.reducedMotion || (changes.appeared.length === 0 && pulsing.length === 0)) {
      this.finishMotion();
      this.drawMarkersLayer(true);
      return;
    }
    this.animate(changes.appeared, pulsing);
  }

  private animate(appeared: number[], pulsing: number[]): void {
    this.tween?.remove();
    const grow = new Map(appeared.map((id) => [id, 0]));
    const pulse = new Map(pulsing.map((id) => [id, 0]));
    this.motion = { grow, pulse };
    this.drawMarkersLayer(true);
    this.tween = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: MOTION_MS,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 1;
        for (const id of grow.keys()) grow.set(id, t);
        for (const id of pulse.keys()) pulse.set(id, t);
        this.drawMarkersLayer(false);
      },
      onComplete: () => this.finishMotion(),
    });
  }

  private finishMotion(): void {
    if (this.tween) {
      this.tween.remove();
      this.tween = null;
    }
    if (this.motion === STILL) return;
    this.motion = STILL;
    this.drawMarkersLayer(false);
  }

  private drawAll(): void {
    const state = boardState(this.store.getState());
    const layers = this.layers;
    const slot = this.slot;
    if (!state || !layers || !slot || !this.geography || slot.width < 40 || slot.height < 40) return;
    this.drawnSize = { width: slot.width, height: slot.height };
    this.statuses ??= statusesOf(Object.values(state.companies).flatMap((c) => c.dataCenters));
    // What this draw shows: the first move after it must not count as a new level and draw the
    // world again (the geography alone is 60-80 ms on a software renderer).
    this.shownState = state;
    this.shownKey = mapKey(state);
    const local: Rect = { x: 0, y: 0, width: slot.width, height: slot.height };
    const legend = layoutLegend(
      { owners: ownersOf(state), unplaced: unplacedOf(state) },
      local.width,
      12,
      (text) => layers.legendTexts.measure(text, 12),
    );
    this.legendHeight = legend.height;
    const points = placedPoints(state);
    // Room around the regions for their labels, which sit beside each cluster of sites.
    const side = Math.min(150, Math.round(local.width * 0.16));
    this.projection = fitRegions(
      points,
      { ...local, height: local.height - legend.height },
      { top: 40, bottom: 34, left: side, right: side },
    );
    this.drawGeographyOnce(layers, local, points);
    drawLegend(layers.legendTexts, layers.legend, legend, local);
    this.drawMarkersLayer(true);
    if (!this.readySent) {
      this.readySent = true;
      this.game.events.emit(SCENE_READY, MAP_SCENE);
    }
  }

  /** The geography changes only with the slot's size, so it is drawn once per size into a texture. */
  private drawGeographyOnce(layers: Layers, local: Rect, points: [number, number][]): void {
    if (!this.geography || !this.projection) return;
    const canvas = layers.geography;
    canvas.width = local.width;
    canvas.height = local.height;
    // A canvas kept in main memory: Phaser reads a canvas texture's pixels back once when it is
    // added, and from a GPU-backed canvas that readback alone took over a second on a software renderer.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    this.holding ??= countriesHolding(this.geography, points);
    drawGeography(ctx, this.geography, this.projection, local, this.holding);
    // A canvas texture keeps the size it was made with: a new size needs a new texture.
    layers.geographyImage?.destroy();
    if (this.textures.exists(GEOGRAPHY_TEXTURE)) this.textures.remove(GEOGRAPHY_TEXTURE);
    this.textures.addCanvas(GEOGRAPHY_TEXTURE, canvas);
    layers.geographyImage = this.add.image(0, 0, GEOGRAPHY_TEXTURE).setOrigin(0, 0).setDepth(0);
  }

  /**
   * Sites and pins; the labels too unless only the animation moved, at the next frame: each label
   * whose words changed is re-rendered and uploaded as a texture, and with the sites in the same frame
   * a quarter's end took some 50 ms of one frame on a software renderer.
   */
  private drawMarkersLayer(withLabels: boolean): void {
    const markers = this.currentMarkers();
    const layers = this.layers;
    if (!markers || !layers) return;
    drawMarkers(layers.sites, markers, this.motion);
    if (withLabels) this.labelsPending = true;
  }

  private drawLabels(): void {
    const markers = this.currentMarkers();
    const layers = this.layers;
    const slot = this.slot;
    if (!markers || !layers || !slot) return;
    const area = { x: 0, y: 0, width: slot.width, height: slot.height - this.legendHeight };
    drawRegionLabels(layers.labels, layers.labelBacking, markers, area);
  }

  private currentMarkers(): MapMarkers | null {
    const state = boardState(this.store.getState());
    const projection = this.projection;
    const slot = this.slot;
    if (!state || !projection || !slot) return null;
    return mapMarkers(state, (p) => projection(p), radiusScaleFor(slot.width, slot.height));
  }
}
