/**
 * The store's saves: every game autosaves into its own slot after each action; named slots; opening a
 * save (to play on, or in the replay viewer); export and share links; and taking over from a replay,
 * which branches the game and keeps the timeline taken over, so the branches can be compared.
 */
import { type Action, encodeSaveLink, type GameState, parseSave, quarterLabel, startOf } from '../core';
import { sameGame, sharedActions } from './branches';
import { takeOverPoint, takeOverPointOf } from './replay-actions';
import type { ReplayTimeline } from './replay-timeline';
import { parseSaveText, type RestoredGame, restoreSave } from './restore-save';
import { saveOfGame } from './save-of-game';
import type { SaveStorage, SlotInfo } from './save-storage';
import { type AppActions, type AppState, type GameSlice, initialGame, initialReplay } from './store';
import { playedByNobody, takeOverSeats, withPersonAt } from './take-over-seat';

type Set = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;

export interface SaveContext {
  set: Set;
  get: () => AppState;
  storage: SaveStorage;
  /** The store's own follow-up after a change (bots' turns, handovers, the end screen). */
  afterChange: () => void;
  humanSeats: (state: GameState) => GameState['seats'];
}

type SaveActions = Pick<
  AppActions,
  | 'refreshSaves'
  | 'saveAs'
  | 'openSaveText'
  | 'openSlot'
  | 'openSlotReplay'
  | 'replayCurrentGame'
  | 'askDelete'
  | 'deleteSlot'
  | 'shareLink'
  | 'takeOver'
  | 'exportSave'
>;

let slotCounter = 0;
/** Slot ids only need to differ within one browser: the clock and a counter make them so. */
export function newSlotId(kind: string): string {
  return `${kind}-${Date.now().toString(36)}-${(slotCounter++).toString(36)}`;
}

/** Writes the game in play into its own slot; a failure is said once, not after every action. */
export function autosave(ctx: SaveContext): void {
  const { get, set, storage } = ctx;
  const setGame = (patch: Partial<GameSlice>) => set((s) => ({ game: { ...s.game, ...patch } }));
  const save = saveOfGame(get().game);
  const slot = get().game.slot;
  const info = slot && slotInfo(get, slot.name, 'auto');
  if (!save || !slot || !info) return;
  const written = storage.write(slot.id, info, save);
  const problem = written.ok ? null : written.message;
  if (problem !== get().game.autosaveProblem) {
    setGame({ autosaveProblem: problem });
    if (problem) get().announce(problem);
  }
}

/** What the saves list shows about a game: level, quarter, who plays. */
function slotInfo(
  get: () => AppState,
  name: string,
  kind: SlotInfo['kind'],
): Omit<SlotInfo, 'id' | 'key' | 'savedAt'> | null {
  const state = get().game.state;
  if (!state) return null;
  return {
    name,
    kind,
    levelId: state.config.id,
    levelTitle: state.config.title,
    quarterLabel: state.phase === 'over' ? 'finished' : quarterLabel(state.config, state.quarter),
    seats: state.seats
      .map(
        (s) =>
          `${state.companies[s.companyId]?.name ?? s.companyId} (${s.controller.kind === 'human' ? s.controller.name : 'bot'})`,
      )
      .join(', '),
  };
}

/**
 * A take-over branches the game: the timeline taken over must stay in storage (it may have come
 * from a file or a link), so the branches can be listed and compared later.
 */
function keepOriginal(storage: SaveStorage, timeline: ReplayTimeline): void {
  const stored = storage.list().some((slot) => {
    const read = storage.read(slot.id);
    const text = read.ok ? parseSaveText(read.value) : null;
    const parsed = text?.ok ? parseSave(text.value) : null;
    return (
      parsed?.ok &&
      sameGame(parsed.save, timeline.save) &&
      parsed.save.actions.length === timeline.save.actions.length &&
      sharedActions(parsed.save, timeline.save) === timeline.save.actions.length
    );
  });
  if (stored) return;
  const final = timeline.final;
  storage.write(
    newSlotId('game'),
    {
      name: `${final.config.title} (the game taken over)`,
      kind: 'auto',
      levelId: final.config.id,
      levelTitle: final.config.title,
      quarterLabel: final.phase === 'over' ? 'finished' : quarterLabel(final.config, final.quarter),
      seats: final.seats.map((s) => final.companies[s.companyId]?.name ?? s.companyId).join(', '),
    },
    timeline.save,
  );
}

/** Shows a replayed save as the game in play: every action kept, so it plays on from there. */
function adopt(ctx: SaveContext, restored: RestoredGame, slot: { id: string; name: string }): void {
  const { set, get } = ctx;
  const setUi = (patch: Partial<AppState['ui']>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
  const { save, entry, final } = restored;
  const humans = ctx.humanSeats(final);
  set({
    game: {
      ...initialGame(),
      state: final,
      actions: [...save.actions] as Action[],
      setup: {
        levelId: entry.level.id,
        level: entry.raw,
        seats: final.seats,
        seed: save.seed,
        start: startOf(restored.initial),
      },
      reports: restored.reports,
      checkpoints: restored.checkpoints,
      figures: restored.figures,
      slot,
      viewer: humans.length === 1 ? (humans[0]?.companyId ?? null) : null,
      bots: { ...initialGame().bots, mode: get().game.bots.mode },
    },
  });
  setUi({
    screen: final.phase === 'over' ? 'ranking' : 'game',
    dialog: null,
    notice: null,
    tutorialStep: null,
  });
  ctx.afterChange();
}

export function saveActions(ctx: SaveContext): SaveActions {
  const { set, get, storage } = ctx;
  const setUi = (patch: Partial<AppState['ui']>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
  return {
    refreshSaves: () => set((s) => ({ saves: { ...s.saves, slots: storage.list() } })),

    saveAs: (name) => {
      const save = saveOfGame(get().game);
      const trimmed = name.trim().slice(0, 60);
      const info = slotInfo(get, trimmed || 'Saved game', 'named');
      if (!save || !info) return 'There is no game to save.';
      const id = newSlotId('named');
      const written = storage.write(id, info, save);
      const message = written.ok ? `Saved as “${info.name}”.` : written.message;
      set((s) => ({ saves: { ...s.saves, slots: storage.list(), message } }));
      get().announce(message);
      return message;
    },

    openSaveText: async (text, slot) => {
      set((s) => ({ saves: { ...s.saves, busy: true, message: null } }));
      const parsed = parseSaveText(text);
      const restored = parsed.ok ? await restoreSave(parsed.value) : parsed;
      if (!restored.ok) {
        set((s) => ({ saves: { ...s.saves, busy: false, message: restored.message } }));
        get().announce(restored.message);
        return restored.message;
      }
      set((s) => ({ saves: { ...s.saves, busy: false, message: null } }));
      adopt(ctx, restored.game, slot ?? { id: newSlotId('game'), name: restored.game.entry.level.title });
      return null;
    },

    openSlot: async (id) => {
      const read = storage.read(id);
      if (!read.ok) {
        set((s) => ({ saves: { ...s.saves, message: read.message } }));
        return read.message;
      }
      const info = storage.list().find((s) => s.id === id);
      return get().openSaveText(read.value, info ? { id: info.id, name: info.name } : undefined);
    },

    openSlotReplay: async (id) => {
      const read = storage.read(id);
      if (!read.ok) {
        set((s) => ({ saves: { ...s.saves, message: read.message } }));
        return read.message;
      }
      return get().openReplayText(read.value);
    },

    replayCurrentGame: async () => {
      const save = saveOfGame(get().game);
      return save ? get().openReplay(save) : 'There is no game to replay.';
    },

    askDelete: (id) => set((s) => ({ saves: { ...s.saves, confirmingDelete: id } })),

    deleteSlot: (id) => {
      const removed = storage.remove(id);
      const message = removed.ok ? 'The save was deleted.' : removed.message;
      set((s) => ({ saves: { ...s.saves, slots: storage.list(), message, confirmingDelete: null } }));
      get().announce(message);
      return message;
    },

    shareLink: () => {
      const save = saveOfGame(get().game);
      return save ? encodeSaveLink(save) : null;
    },

    takeOver: (companyId) => {
      let point = takeOverPoint(get());
      if (!point) return;
      const original = point.timeline;
      // A game nobody played: the person takes the company chosen, and the history is folded again
      // with that seat theirs (takeOverSeats says which companies a person may play).
      if (playedByNobody(point.state)) {
        const chosen = companyId ?? takeOverSeats(point.timeline)[0]?.companyId;
        const rebuilt = chosen ? withPersonAt(point.timeline, get().replay.cursor, chosen) : null;
        if (!rebuilt?.ok) {
          get().showNotice(rebuilt?.message ?? 'No company of this game may be played by a person.');
          return;
        }
        point = takeOverPointOf(rebuilt.timeline, rebuilt.timeline.steps.length);
      }
      const { state, actions, checkpoints, reports, figures, timeline } = point;
      const humans = ctx.humanSeats(state);
      keepOriginal(storage, original);
      // A fresh replay slice also stops playback: the playing loop checks the flag before each step.
      set({
        replay: initialReplay(),
        game: {
          ...initialGame(),
          state,
          actions,
          checkpoints,
          reports,
          figures,
          setup: {
            levelId: timeline.entry.level.id,
            level: timeline.entry.raw,
            seats: state.seats,
            seed: timeline.save.seed,
            start: startOf(timeline.quarterStarts[0]?.state ?? state),
          },
          viewer: humans.length === 1 ? (humans[0]?.companyId ?? null) : null,
          bots: { ...initialGame().bots, mode: get().game.bots.mode },
        },
      });
      setUi({
        screen: state.phase === 'over' ? 'ranking' : 'game',
        dialog: null,
        notice: null,
        tutorialStep: null,
      });
      get().announce(`You have taken over at ${quarterLabel(state.config, state.quarter)}.`);
      ctx.afterChange();
    },

    exportSave: () => {
      const save = saveOfGame(get().game);
      return save ? `${JSON.stringify(save, null, 1)}\n` : null;
    },
  };
}
