/**
 * The replay viewer's part of the store: open a save or a link, move the cursor (one action, one
 * quarter, anywhere), play and pause, and take over from the moment shown. The timeline keeps each
 * quarter's starting state, so any jump costs at most one quarter of `step`s.
 */
import { type Action, decodeSaveLink, parseSave } from '../core';
import { compareStates, sameGame, sharedActions } from './branches';
import { findKeyMoments, type KeyMomentsJob } from './key-moments-client';
import { loadLevel } from './level-catalog';
import { markedMoments } from './moments';
import { buildTimeline, quarterAt, type ReplayTimeline, stateAt } from './replay-timeline';
import { parseSaveText } from './restore-save';
import type { SaveStorage } from './save-storage';
import type { Scheduler } from './scheduler';
import { type AppActions, type AppState, type BranchInfo, initialReplay } from './store';

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
type Get = () => AppState;

type ReplayActions = Pick<
  AppActions,
  | 'openReplay'
  | 'openReplayText'
  | 'openReplayLink'
  | 'seek'
  | 'seekQuarter'
  | 'stepActions'
  | 'stepQuarters'
  | 'togglePlay'
  | 'setReplaySpeed'
  | 'toggleReplayKeys'
  | 'compareWith'
  | 'findKeyMoments'
  | 'jumpToMoment'
>;

/** The saves in storage that are other timelines of the same game, with where each parts from it. */
function findBranches(storage: SaveStorage, timeline: ReplayTimeline): BranchInfo[] {
  const out: BranchInfo[] = [];
  for (const slot of storage.list()) {
    const read = storage.read(slot.id);
    const text = read.ok ? parseSaveText(read.value) : null;
    const parsed = text?.ok ? parseSave(text.value) : null;
    if (!parsed?.ok || !sameGame(parsed.save, timeline.save)) continue;
    const shared = sharedActions(parsed.save, timeline.save);
    if (shared === parsed.save.actions.length && shared === timeline.save.actions.length) continue; // this very timeline
    const partQuarter = timeline.steps[shared]?.quarter ?? timeline.final.quarter;
    out.push({ slotId: slot.id, name: slot.name, shared, partQuarter, actions: parsed.save.actions.length });
  }
  return out;
}

export function replayActions(
  set: Set,
  get: Get,
  schedule: Scheduler,
  storage: SaveStorage,
  compute: typeof findKeyMoments = findKeyMoments,
): ReplayActions {
  const patch = (p: Partial<AppState['replay']>) => set((s) => ({ replay: { ...s.replay, ...p } }));
  const clamp = (cursor: number) => Math.max(0, Math.min(get().replay.timeline?.steps.length ?? 0, cursor));

  const fail = (message: string) => {
    patch({ message });
    get().announce(message);
    return message;
  };

  let playToken = 0;
  const playNext = (token: number) => {
    schedule(() => {
      const { replay } = get();
      if (token !== playToken || !replay.playing || !replay.timeline) return;
      if (replay.cursor >= replay.timeline.steps.length) {
        patch({ playing: false });
        return;
      }
      patch({ cursor: replay.cursor + 1 });
      playNext(token);
    }, get().replay.speedMs);
  };

  const actions: ReplayActions = {
    openReplay: async (input, atQuarter) => {
      const parsed = parseSave(input);
      if (!parsed.ok) return fail(parsed.message);
      let entry: Awaited<ReturnType<typeof loadLevel>>;
      try {
        entry = await loadLevel(parsed.save.level.id);
      } catch (error) {
        return fail(error instanceof Error ? error.message : 'The save’s level could not be loaded.');
      }
      const built = buildTimeline(parsed.save, entry);
      if (!built.ok) return fail(built.message);
      const timeline = built.timeline;
      const quarter =
        atQuarter === undefined ? null : Math.max(0, Math.min(timeline.quarterStarts.length - 1, atQuarter));
      const cursor =
        quarter === null ? timeline.steps.length : (timeline.quarterStarts[quarter]?.atAction ?? 0);
      const branches = findBranches(storage, timeline);
      set({ replay: { ...initialReplay(), speedMs: get().replay.speedMs, timeline, cursor, branches } });
      get().showScreen('replay');
      get().announce(
        `Replay of ${entry.level.title} opened at action ${cursor} of ${timeline.steps.length}.`,
      );
      return null;
    },

    openReplayText: async (text) => {
      const parsed = parseSaveText(text);
      return parsed.ok ? get().openReplay(parsed.value) : fail(parsed.message);
    },

    openReplayLink: async (payload, atQuarter) => {
      const decoded = decodeSaveLink(payload);
      return decoded.ok ? get().openReplay(decoded.save, atQuarter) : fail(decoded.message);
    },

    seek: (cursor) => patch({ cursor: clamp(cursor) }),

    seekQuarter: (quarter) => {
      const timeline = get().replay.timeline;
      if (!timeline) return;
      const q = Math.max(0, Math.min(timeline.quarterStarts.length - 1, quarter));
      patch({ cursor: timeline.quarterStarts[q]?.atAction ?? 0 });
    },

    stepActions: (delta) => patch({ cursor: clamp(get().replay.cursor + delta) }),

    stepQuarters: (delta) => {
      const { timeline, cursor } = get().replay;
      if (!timeline) return;
      const current = quarterAt(timeline, cursor);
      const startOfCurrent = timeline.quarterStarts[current]?.atAction ?? 0;
      // Back from the middle of a quarter goes to its start first, as a media player does.
      const target = delta < 0 && cursor > startOfCurrent ? current + delta + 1 : current + delta;
      if (target >= timeline.quarterStarts.length) patch({ cursor: timeline.steps.length });
      else get().seekQuarter(target);
    },

    togglePlay: () => {
      const { replay } = get();
      if (!replay.timeline) return;
      if (replay.playing) {
        playToken++;
        patch({ playing: false });
        return;
      }
      const restart = replay.cursor >= replay.timeline.steps.length;
      patch({ playing: true, cursor: restart ? 0 : replay.cursor });
      playNext(++playToken);
    },

    setReplaySpeed: (ms) => patch({ speedMs: Math.max(10, Math.min(5000, Math.round(ms))) }),

    toggleReplayKeys: () => patch({ showKeys: !get().replay.showKeys }),

    findKeyMoments: async (seat) => {
      const timeline = get().replay.timeline;
      if (!timeline || get().replay.moments.status === 'running') return;
      const setMoments = (m: Partial<AppState['replay']['moments']>) =>
        patch({ moments: { ...get().replay.moments, ...m } });
      setMoments({ status: 'running', seat, done: 0, total: 0, moments: [], message: null });
      const job: KeyMomentsJob = {
        level: timeline.entry.raw,
        seats: timeline.save.seats,
        seed: timeline.save.seed,
        actions: timeline.steps.map((s) => s.action),
        seat,
      };
      const outcome = await compute(job, (done, total) => {
        if (get().replay.timeline === timeline) setMoments({ done, total });
      });
      if (get().replay.timeline !== timeline) return;
      if (!outcome.ok) {
        setMoments({ status: 'failed', message: outcome.message });
        return;
      }
      setMoments({ status: 'done', moments: outcome.moments });
      const marked = markedMoments(outcome.moments);
      get().announce(`${marked.length} key moments found among ${outcome.moments.length} decisions.`);
    },

    jumpToMoment: (direction) => {
      const { moments, cursor } = get().replay;
      const marks = markedMoments(moments.moments)
        .map((m) => m.actionIndex + 1)
        .sort((a, b) => a - b);
      const target =
        direction > 0 ? marks.find((c) => c > cursor) : [...marks].reverse().find((c) => c < cursor);
      if (target !== undefined) patch({ cursor: target });
    },

    compareWith: async (slotId) => {
      const { timeline, branches } = get().replay;
      const branch = branches.find((b) => b.slotId === slotId);
      if (!slotId || !timeline || !branch) {
        patch({ compare: null });
        return null;
      }
      const read = storage.read(slotId);
      const text = read.ok ? parseSaveText(read.value) : read;
      const parsed = text.ok ? parseSave(text.value) : text;
      if (!parsed.ok) return fail(parsed.message);
      const built = buildTimeline(parsed.save, timeline.entry);
      if (!built.ok) return fail(built.message);
      patch({ compare: { branch, rows: compareStates(timeline.final, built.timeline.final) } });
      // Show the moment they part: the last shared action.
      patch({ cursor: branch.shared });
      return null;
    },
  };
  return actions;
}

/** The actions and state a take-over starts from: the replay's history up to the cursor. */
export function takeOverPoint(app: AppState) {
  const timeline = app.replay.timeline;
  return timeline ? takeOverPointOf(timeline, app.replay.cursor) : null;
}

/** The actions and state a take-over starts from: a timeline's history up to `cursor` actions. */
export function takeOverPointOf(timeline: ReplayTimeline, cursor: number) {
  const state = stateAt(timeline, cursor);
  const actions = timeline.steps.slice(0, cursor).map((s) => s.action) as Action[];
  const checkpoints = timeline.save.checkpoints.filter((c) => c.afterAction <= cursor);
  const reports = timeline.steps.slice(0, cursor).flatMap((s) => (s.report ? [s.report] : []));
  const figures = Object.fromEntries(
    Object.entries(timeline.figures).map(([id, points]) => [
      id,
      points.filter((p) => p.quarter < state.quarter),
    ]),
  );
  return { state, actions, checkpoints, reports, figures, timeline };
}
