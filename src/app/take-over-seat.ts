/**
 * Taking over a game the computer played alone (a `npm run sim -- --out` save, a game of bots): there is
 * no person's seat to play on, so the take-over hands one company to the person. Who controls a seat
 * changes nothing the rules decide, but the seats are part of every hashed state, so the history up to
 * the moment is folded again from a new game with the new seats and its checkpoints recorded afresh:
 * the branch's save then replays and checks like any other.
 */
import { type Action, type GameState, newGame, SaveRecorder, type Seat, step } from '../core';
import { buildTimeline, type ReplayTimeline } from './replay-timeline';

/** The name a take-over's player gets: the person at the screen. */
export const TAKE_OVER_NAME = 'You';

/** Whether no seat of the game is a person's: a take-over must then hand one to the person. */
export const playedByNobody = (state: GameState): boolean =>
  !state.seats.some((seat) => seat.controller.kind === 'human');

/** Companies of the game a person may take over (the level lets a person play them). */
export function takeOverSeats(timeline: ReplayTimeline): { companyId: string; name: string }[] {
  return timeline.final.seats.flatMap((seat) => {
    const company = timeline.entry.level.companies.find((c) => c.id === seat.companyId);
    return company?.humanAllowed ? [{ companyId: company.id, name: company.name }] : [];
  });
}

/**
 * The game's history up to `cursor` actions with `companyId` played by a person, as a timeline of its own
 * (its save, states and reports), or the sentence why not.
 */
export function withPersonAt(
  timeline: ReplayTimeline,
  cursor: number,
  companyId: string,
): { ok: true; timeline: ReplayTimeline } | { ok: false; message: string } {
  if (!takeOverSeats(timeline).some((s) => s.companyId === companyId))
    return { ok: false, message: 'Choose a company of this game that a person may play.' };
  const seats: Seat[] = timeline.final.seats.map((seat) =>
    seat.companyId === companyId ? { companyId, controller: { kind: 'human', name: TAKE_OVER_NAME } } : seat,
  );
  const started = newGame({ level: timeline.entry.level, seats, seed: timeline.save.seed });
  if (!started.ok) return { ok: false, message: started.error.message };
  let state = started.state;
  const recorder = SaveRecorder.forGame(state);
  for (const { action } of timeline.steps.slice(0, cursor)) {
    const result = step(state, action as Action);
    // The same actions on the same rules: a refusal here would mean the seats changed what the rules do.
    if (!result.ok) return { ok: false, message: `This game cannot be taken over: ${result.error.message}` };
    state = result.state;
    recorder.record(action, state, result.report);
  }
  return buildTimeline(recorder.toSave(), timeline.entry);
}
