import { createStore } from 'zustand/vanilla';
import { answerOpenProposals } from '../bots';
import {
  type Action,
  type GameState,
  hashState,
  newGame,
  type QuarterReport,
  refusalOf,
  type StepResult,
  startOf,
  step,
} from '../core';
import { botToMove, WATCH_PAUSE_MS } from './bot-runner';
import { type BotThinker, defaultThinker } from './bot-thinker';
import { appendFigures } from './figures';
import type { findKeyMoments } from './key-moments-client';
import { loadAllLevels } from './level-catalog';
import { perState } from './per-state';
import { replayActions } from './replay-actions';
import { autosave, newSlotId, type SaveContext, saveActions } from './save-actions';
import { browserStorage, SaveStorage } from './save-storage';
import { browserScheduler, type Scheduler } from './scheduler';
import { defaultDraft, freshSeed } from './seat-setup';
import {
  type AppState,
  type AppStore,
  type Checkpoint,
  type GameSlice,
  initialGame,
  initialReplay,
  initialUi,
} from './store';

export interface StoreOptions {
  /** How bot turns are scheduled (the browser's task queue by default). */
  schedule?: Scheduler;
  /** Where bot turns are worked out (a Web Worker where there is one, else the page's own tasks). */
  thinkBots?: BotThinker;
  /**
   * When the next bot may start on its turn after the last move was committed (at once by default).
   * The browser waits until the page has shown that move: a bot thinking in its worker while the page
   * draws shares a slow laptop's two cores with it, and the page's tasks grew long for it.
   */
  paceBots?: (task: () => void) => unknown;
  /** Where fresh seeds come from (the app may use the browser's randomness; the rules never do). */
  random?: () => number;
  /** Where saves are kept (the browser's localStorage by default; null when there is none). */
  storage?: SaveStorage;
  /** How key moments are computed (Web Workers by default; tests run them in place). */
  keyMoments?: typeof findKeyMoments;
}

/** A move in a few words, for "Undo: …". */
function undoLabel(type: Action['type']): string {
  const words: Partial<Record<Action['type'], string>> = {
    'chips/order': 'the chip order',
    'chips/startProgram': 'the chip programme',
    'datacenter/build': 'the data center',
    'compute/allocate': 'the compute split',
    'finance/raiseEquity': 'the equity round',
    'finance/borrow': 'the loan',
    'finance/repay': 'the repayment',
    'finance/ipo': 'the listing',
    'finance/emergencyRaise': 'the emergency raise',
    'assets/sellChips': 'the chip sale',
    'deal/propose': 'the proposal',
    'gov/relations': 'the government programme',
    'event/choose': 'the event answer',
  };
  return words[type] ?? 'the last move';
}

/** The rules' answer to `action` on `state`, once per state (see per-state.ts); keyed by the action's JSON. */
const previewOnce = perState(64, (state: GameState, action: Action): StepResult => step(state, action));
const refusalOnce = perState(64, (state: GameState, action: Action) => refusalOf(state, action));

/** Creates the app store. */
export function createAppStore(options: StoreOptions = {}): AppStore {
  const schedule = options.schedule ?? browserScheduler;
  const think = options.thinkBots ?? defaultThinker(schedule);
  const paceBots = options.paceBots ?? ((task: () => void) => schedule(task, 0));
  const random = options.random ?? Math.random;
  const storage = options.storage ?? new SaveStorage(typeof window === 'undefined' ? null : browserStorage());

  return createStore<AppState>()((set, get) => {
    const setUi = (patch: Partial<AppState['ui']>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
    const setGame = (patch: Partial<GameSlice>) => set((s) => ({ game: { ...s.game, ...patch } }));

    let autosaveScheduled = false;
    /**
     * Records accepted actions and any quarter they resolved; the only place game state is written.
     * A person's action is saved at once. A bot's turn is saved `'soon'`, in a task of its own: the
     * turn that resolves a quarter is already the longest task of the game, and a bot's moves follow
     * from the state, so a page closed in between loses nothing a reload would not play again.
     * `resolved` gives each resolved quarter's checkpoint, counted in `actions` (a save's checkpoints).
     */
    const commit = (
      state: GameState,
      actions: Action[],
      reports: readonly QuarterReport[],
      resolved: readonly Checkpoint[] = [],
      when: 'now' | 'soon' = 'now',
    ) => {
      const game = get().game;
      let figures = game.figures;
      for (const report of reports) figures = appendFigures(figures, state, report.quarter);
      const allActions = [...game.actions, ...actions];
      const offset = game.actions.length;
      const checkpoints =
        resolved.length > 0
          ? [...game.checkpoints, ...resolved.map((c) => ({ ...c, afterAction: offset + c.afterAction }))]
          : game.checkpoints;
      setGame({
        state,
        actions: allActions,
        reports: reports.length > 0 ? [...game.reports, ...reports] : game.reports,
        checkpoints,
        figures,
      });
      const last = reports[reports.length - 1];
      if (last) get().announce(`${last.label} is over. ${last.headlines[0] ?? ''}`.trim());
      if (when === 'now') autosave(saveContext);
      else if (!autosaveScheduled) {
        autosaveScheduled = true;
        schedule(() => {
          autosaveScheduled = false;
          autosave(saveContext);
        }, 0);
      }
    };

    const humanSeats = (state: GameState) => state.seats.filter((s) => s.controller.kind === 'human');

    /** After every change: the end screen, a handover between people, or the bots' turn. */
    const afterChange = () => {
      const { state, viewer, handoverTo } = get().game;
      if (!state) return;
      if (state.phase === 'over') {
        setGame({ bots: { ...get().game.bots, thinking: null } });
        setUi({ screen: 'ranking', dialog: null });
        return;
      }
      const bot = botToMove(state);
      if (bot) {
        scheduleBots();
        return;
      }
      const active = state.seats[state.activeSeat]?.companyId ?? null;
      if (active && active !== viewer && active !== handoverTo) {
        // With one person at the device there is nobody to hide the screen from.
        if (humanSeats(state).length <= 1) setGame({ viewer: active });
        else setGame({ handoverTo: active });
      }
    };

    const saveContext: SaveContext = {
      set,
      get,
      storage,
      afterChange: () => afterChange(),
      humanSeats: (s) => humanSeats(s),
    };

    let botsScheduled = false;
    const scheduleBots = () => {
      if (botsScheduled) return;
      const state = get().game.state;
      const seat = state && botToMove(state);
      if (!state || !seat) return;
      botsScheduled = true;
      setGame({ bots: { ...get().game.bots, thinking: seat } });
      const watching = get().game.bots.mode === 'watch';
      const startTurn = (task: () => void) => (watching ? schedule(task, WATCH_PAUSE_MS) : paceBots(task));
      startTurn(() => {
        const now = get().game.state;
        // The game may have been left, or changed, while the task waited.
        if (!now || botToMove(now) !== seat) {
          botsScheduled = false;
          return;
        }
        // The turn is worked out elsewhere (bot-thinker.ts), then shown in a task of its own.
        // Nothing is committed if the game changed meanwhile (left, or undone).
        think(now, seat, (outcome) => {
          schedule(() => {
            botsScheduled = false;
            if (get().game.state !== now) return;
            commit(outcome.state, outcome.actions, outcome.reports, outcome.resolved, 'soon');
            setGame({ undo: [] });
            const next = botToMove(outcome.state);
            setGame({ bots: { ...get().game.bots, thinking: next, recent: outcome.moves } });
            afterChange();
          }, 0);
        });
      });
    };

    return {
      ui: initialUi(),
      catalog: { entries: null, error: null },
      saves: { slots: [], message: null, busy: false, confirmingDelete: null },
      replay: initialReplay(),
      setup: { draft: null, problems: {} },
      game: initialGame(),

      // Changing screen drops the old screen's notice so it cannot linger on the next one.
      showScreen: (screen) => setUi({ screen, notice: null, dialog: null }),
      openHelp: () => setUi({ returnTo: get().ui.screen, screen: 'help', notice: null, dialog: null }),
      closeHelp: () => setUi({ screen: get().ui.returnTo, notice: null }),
      showNotice: (text) => setUi({ notice: text }),
      clearNotice: () => setUi({ notice: null }),
      announce: (text) => setUi({ announcement: text }),
      openDialog: (dialog) => setUi({ dialog }),
      closeDialog: () => setUi({ dialog: null }),
      focusOn: (companyId) => setUi({ focusCompany: companyId }),
      setReducedMotion: (reducedMotion) => setUi({ reducedMotion }),
      setTutorialStep: (tutorialStep) => setUi({ tutorialStep }),
      editAction: (kind, fields) => setUi({ actionDraft: { kind, fields } }),

      loadCatalog: async () => {
        if (get().catalog.entries) return;
        try {
          const entries = await loadAllLevels();
          set({ catalog: { entries, error: null } });
        } catch (error) {
          const message = error instanceof Error ? error.message : 'The levels could not be loaded.';
          set({ catalog: { entries: null, error: message } });
        }
      },

      chooseLevel: (levelId) => {
        const entry = get().catalog.entries?.find((e) => e.level.id === levelId);
        if (!entry) return;
        set({ setup: { draft: defaultDraft(levelId, entry.level, freshSeed(random)), problems: {} } });
        setUi({ screen: 'setup', notice: null });
      },

      editSetup: (draft) => set((s) => ({ setup: { ...s.setup, draft } })),
      setSetupProblems: (problems) => set((s) => ({ setup: { ...s.setup, problems } })),

      startGame: ({ levelId, level, seats, seed }) => {
        const created = newGame({ level, seats, seed });
        if (!created.ok) return created.error.message;
        const state = created.state;
        const humans = humanSeats(state);
        set({
          game: {
            ...initialGame(),
            state,
            setup: { levelId, level, seats: state.seats, seed, start: startOf(state) },
            figures: appendFigures({}, state, -1),
            slot: { id: newSlotId('game'), name: state.config.title },
            viewer: humans.length === 1 ? (humans[0]?.companyId ?? null) : null,
            bots: { ...initialGame().bots, mode: get().game.bots.mode },
          },
        });
        setUi({
          screen: 'game',
          dialog: null,
          notice: null,
          focusCompany: null,
          tutorialStep: state.config.tutorial ? 0 : null,
        });
        get().announce(`${state.config.title} begins: ${state.config.briefing.slice(0, 160)}`);
        afterChange();
        return null;
      },

      preview: (action) => {
        const state = get().game.state;
        if (!state) return { ok: false, error: { code: 'game/over', message: 'No game is being played.' } };
        return previewOnce(state, action, JSON.stringify(action));
      },

      refusal: (action) => {
        const state = get().game.state;
        if (!state) return { code: 'game/over', message: 'No game is being played.' };
        return refusalOnce(state, action, JSON.stringify(action));
      },

      dispatch: (action) => {
        const state = get().game.state;
        if (!state) return { ok: false, error: { code: 'game/over', message: 'No game is being played.' } };
        const result: StepResult = step(state, action);
        if (!result.ok) {
          setGame({ lastError: result.error.message });
          get().announce(result.error.message);
          return result;
        }
        // In a game with one person, their own moves can be taken back until someone else moves.
        const humans = humanSeats(state);
        const undoable =
          humans.length === 1 &&
          humans[0]?.companyId === action.seat &&
          action.type !== 'turn/end' &&
          !result.report;
        const before = get().game;
        const point = {
          state,
          actions: before.actions.length,
          reports: before.reports.length,
          checkpoints: before.checkpoints.length,
          figures: before.figures,
          label: undoLabel(action.type),
        };
        setGame({ lastError: null, undo: undoable ? [...before.undo, point] : [] });
        const resolved = result.report
          ? [{ quarter: result.report.quarter, afterAction: 1, hash: hashState(result.state) }]
          : [];
        commit(result.state, [action], result.report ? [result.report] : [], resolved);
        // Bots answer a person's proposal at once, as they would across a table.
        if (action.type === 'deal/propose' || action.type === 'deal/counter') {
          const answered: Action[] = [];
          const outcome = answerOpenProposals(result.state, { onStep: (a) => answered.push(a) });
          if (answered.length > 0) {
            commit(outcome.state, answered, outcome.reports);
            // A bot answered: its move cannot be taken back, so neither can the proposal before it.
            setGame({ bots: { ...get().game.bots, recent: outcome.moves }, undo: [] });
          }
        }
        afterChange();
        return result;
      },

      undoLast: () => {
        const game = get().game;
        const point = game.undo[game.undo.length - 1];
        if (!point) return;
        setGame({
          state: point.state,
          actions: game.actions.slice(0, point.actions),
          reports: game.reports.slice(0, point.reports),
          checkpoints: game.checkpoints.slice(0, point.checkpoints),
          figures: point.figures,
          undo: game.undo.slice(0, -1),
          lastError: null,
        });
        get().announce(`Undone: ${point.label}.`);
        autosave(saveContext);
      },

      confirmHandover: () => {
        const to = get().game.handoverTo;
        if (!to) return;
        setGame({ viewer: to, handoverTo: null });
        setUi({ dialog: null });
      },

      setBotMode: (mode) => {
        setGame({ bots: { ...get().game.bots, mode } });
      },

      ...saveActions(saveContext),
      ...replayActions(set, get, schedule, storage, options.keyMoments),

      leaveGame: () => {
        set({ game: { ...initialGame(), bots: { ...initialGame().bots, mode: get().game.bots.mode } } });
        setUi({ screen: 'title', dialog: null, notice: null, tutorialStep: null });
      },
    };
  });
}
