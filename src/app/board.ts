/**
 * The board the screens draw: the game in play, or the replay at its cursor. The panels and the map
 * are pure functions of a state, so the replay viewer shows the very same board "as it was then".
 */
import type { GameState } from '../core';
import type { FigureHistory } from './figures';
import { type ReplayTimeline, stateAt } from './replay-timeline';
import type { AppState } from './store';

let memo: { timeline: ReplayTimeline; cursor: number; state: GameState; figures: FigureHistory } | null =
  null;

function replayBoard(timeline: ReplayTimeline, cursor: number) {
  if (memo && memo.timeline === timeline && memo.cursor === cursor) return memo;
  const state = stateAt(timeline, cursor);
  const figures: FigureHistory = {};
  for (const [id, points] of Object.entries(timeline.figures))
    figures[id] = points.filter(
      (p) => p.quarter < state.quarter || (state.phase === 'over' && p.quarter <= state.quarter),
    );
  memo = { timeline, cursor, state, figures };
  return memo;
}

export function boardState(app: AppState): GameState | null {
  const timeline = app.replay.timeline;
  if (app.ui.screen === 'replay' && timeline) return replayBoard(timeline, app.replay.cursor).state;
  return app.game.state;
}

/**
 * The app as the board panels should see it: in the replay, the game slice shows the moment at the
 * cursor, with no viewer (nobody's private screen) and no bots thinking.
 */
export function boardApp(app: AppState): AppState {
  const timeline = app.replay.timeline;
  if (app.ui.screen !== 'replay' || !timeline) return app;
  const board = replayBoard(timeline, app.replay.cursor);
  return {
    ...app,
    game: {
      ...app.game,
      state: board.state,
      figures: board.figures,
      viewer: null,
      handoverTo: null,
      bots: { ...app.game.bots, thinking: null, recent: [] },
    },
  };
}
