export { type RealityRow, realityCheck, realityLevels } from './check';
export { REALITY_FIGURES, type RealityFigure, UNMODELLED_FIGURES, type UnmodelledFigure } from './figures';
export type { GameStates } from './measure';
