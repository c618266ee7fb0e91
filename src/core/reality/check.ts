/**
 * The reality check the debrief shows: for each figure a level models, the game's value (the median over
 * the games given), the source's value, their ratio and whether the game is within 2× of it. Pure: the
 * caller plays the games (bots, usually 20 seeds) and passes their states at quarter boundaries.
 */
import { mulDiv } from '../intmath';
import { REALITY_FIGURES, type RealityFigure } from './figures';
import { type GameStates, medianOf } from './measure';

export interface RealityRow {
  id: string;
  figure: string;
  unit: RealityFigure['unit'];
  levelId: string;
  /** Median over the games that have the figure; null when none has it. */
  gameValue: number | null;
  /** How many of the games have the figure (e.g. listed at all). */
  gamesMeasured: number;
  games: number;
  sourceValue: number;
  /** gameValue ÷ sourceValue in bp (10,000 = equal); null without a game value. */
  ratioBp: number | null;
  /** Between half and twice the source's value. */
  within2x: boolean;
  source: string;
  measured: string;
}

/** The levels that model at least one figure, in the order the figures are listed. */
export function realityLevels(): string[] {
  return [...new Set(REALITY_FIGURES.map((figure) => figure.levelId))];
}

/** The rows of every figure `levelId` models, measured over `games` (each a game's states). */
export function realityCheck(levelId: string, games: readonly GameStates[]): RealityRow[] {
  return REALITY_FIGURES.filter((figure) => figure.levelId === levelId).map((figure) => {
    const values = games.map(figure.read).filter((value): value is number => value !== null);
    const gameValue = medianOf(values);
    const ratioBp = gameValue === null ? null : mulDiv(gameValue, 10000, figure.sourceValue);
    return {
      id: figure.id,
      figure: figure.label,
      unit: figure.unit,
      levelId,
      gameValue,
      gamesMeasured: values.length,
      games: games.length,
      sourceValue: figure.sourceValue,
      ratioBp,
      within2x: ratioBp !== null && ratioBp >= 5000 && ratioBp <= 20000,
      source: figure.source,
      measured: figure.measured,
    };
  });
}
