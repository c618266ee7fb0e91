/** Colours shared by the scenes, so the canvas and the DOM overlay (src/ui/styles.css) agree. */
export const PALETTE = {
  skyTop: 0x070b18,
  skyBottom: 0x14203f,
  gridLine: 0x1f3566,
  ground: 0x0a1122,
  building: 0x1a2748,
  buildingEdge: 0x2d4478,
  windowCool: 0x4fd1ff,
  windowWarm: 0xffc857,
  powerLine: 0x3a5a9a,
  title: '#e8f1ff',
  subtitle: '#9fb6dd',
} as const;
