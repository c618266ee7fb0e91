import type { StoreApi } from 'zustand/vanilla';
import type { BotMove, KeyMoment } from '../bots';
import type { Action, GameError, GameState, QuarterReport, StepResult } from '../core';
import type { CompareRow } from './branches';
import type { FigureHistory } from './figures';
import type { LevelEntry } from './level-catalog';
import type { ReplayTimeline } from './replay-timeline';
import type { SlotInfo } from './save-storage';
import type { SetupDraft, SetupProblems } from './seat-setup';

/**
 * The one store the browser reads (ARCHITECTURE.md: zustand vanilla, no React). Render and UI
 * subscribe to it and call its actions. Game state changes only through `dispatch`, which calls the
 * core's `step` (bots' moves come back the same way, through the bot runner); nobody else writes it.
 */

export const SCREENS = ['title', 'levels', 'setup', 'game', 'ranking', 'help', 'saves', 'replay'] as const;
export type Screen = (typeof SCREENS)[number];

/** Dialogs the game screen can open over itself (native <dialog>s, one at a time). */
export const DIALOGS = ['report', 'event', 'negotiate', 'glossary', 'keys', 'quit', 'save'] as const;
export type DialogId = (typeof DIALOGS)[number];

export interface UiSlice {
  screen: Screen;
  /** The screen "How to play" returns to. */
  returnTo: Screen;
  /** A short message for the status line, or null when there is nothing to say. */
  notice: string | null;
  /** The last thing announced to screen readers (a polite live region). */
  announcement: string;
  dialog: DialogId | null;
  /** Which company's panel is expanded on the game screen. */
  focusCompany: string | null;
  /** The tutorial's step, when a tutorial level is played; null once left. */
  tutorialStep: number | null;
  /** The action form being filled in on the game screen: which action, and its fields as typed. */
  actionDraft: { kind: string; fields: Record<string, string> };
  /** Follows the user's "reduce motion" setting; the map's animations are off when true. */
  reducedMotion: boolean;
}

export interface SetupSlice {
  draft: SetupDraft | null;
  problems: SetupProblems;
}

export interface CatalogSlice {
  entries: LevelEntry[] | null;
  /** Why the levels could not be loaded, in one sentence. */
  error: string | null;
}

export type BotMode = 'watch' | 'skip';

export interface GameSlice {
  state: GameState | null;
  /** Every action applied since `newGame`, in order: with the setup, the whole game (a save). */
  actions: Action[];
  /** The setup the game was started from. */
  setup: {
    levelId: string;
    level: unknown;
    seats: GameState['seats'];
    seed: number;
    /** The first state's hash and each seat's, as a save records them (`startOf` in the rules). */
    start: { hash: string; seats: string[] };
  } | null;
  reports: QuarterReport[];
  /** The state hash after each quarter resolved, and after how many actions: a save's checkpoints. */
  checkpoints: Checkpoint[];
  figures: FigureHistory;
  /** The human seat whose private screen is showing (hot-seat); null before the first handover. */
  viewer: string | null;
  /** A human seat the device must be passed to before its screen shows. */
  handoverTo: string | null;
  bots: { mode: BotMode; thinking: string | null; recent: BotMove[] };
  /** The last refusal of the rules for something the player tried, in the rules' own sentence. */
  lastError: string | null;
  /** The save slot this game autosaves into (each game has its own), and its name in the list. */
  slot: { id: string; name: string } | null;
  /** Why the last autosave failed (storage full or off), or null while autosaving works. */
  autosaveProblem: string | null;
  /**
   * What the game looked like before each of the person's own moves since anyone else last moved
   * (only in a game with one person): what "Undo" goes back to. Empty once a bot has moved.
   */
  undo: UndoPoint[];
}

export interface UndoPoint {
  state: GameState;
  actions: number;
  reports: number;
  checkpoints: number;
  figures: FigureHistory;
  /** What is undone, for the button and the announcement ("Undo: order chips"). */
  label: string;
}

export interface ReplaySlice {
  timeline: ReplayTimeline | null;
  /** How many of the save's actions have been applied at the moment shown. */
  cursor: number;
  playing: boolean;
  /** Pause between actions while playing. */
  speedMs: number;
  /** Why the last replay could not be opened, in one sentence. */
  message: string | null;
  showKeys: boolean;
  /** Other timelines of the same game in this browser's saves (take-overs branch a game). */
  branches: BranchInfo[];
  compare: CompareView | null;
  moments: MomentsView;
}

export interface MomentsView {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** The person's seat whose decisions are weighed. */
  seat: string | null;
  done: number;
  total: number;
  moments: KeyMoment[];
  message: string | null;
}

export interface BranchInfo {
  slotId: string;
  name: string;
  /** Actions shared with the replay shown; the branches part at the next one. */
  shared: number;
  /** The quarter of the first action that differs. */
  partQuarter: number;
  actions: number;
}

export interface CompareView {
  branch: BranchInfo;
  rows: CompareRow[];
}

export interface SavesSlice {
  slots: SlotInfo[];
  /** The last message of a save, load or delete: what happened, in a sentence. */
  message: string | null;
  /** True while a save is being replayed. */
  busy: boolean;
  /** The slot whose deletion is waiting for the player's confirmation. */
  confirmingDelete: string | null;
}

export interface Checkpoint {
  quarter: number;
  afterAction: number;
  hash: string;
}

export interface StartOptions {
  levelId: string;
  level: unknown;
  seats: GameState['seats'];
  seed: number;
}

export interface AppActions {
  showScreen(screen: Screen): void;
  openHelp(): void;
  closeHelp(): void;
  showNotice(text: string): void;
  clearNotice(): void;
  announce(text: string): void;
  openDialog(dialog: DialogId): void;
  closeDialog(): void;
  focusOn(companyId: string | null): void;
  setReducedMotion(reduced: boolean): void;
  setTutorialStep(step: number | null): void;
  editAction(kind: string, fields: Record<string, string>): void;

  /** Loads the level list once (each level is its own chunk). */
  loadCatalog(): Promise<void>;
  /** Opens seat setup for a level with the default seats and a fresh seed. */
  chooseLevel(levelId: string): void;
  editSetup(draft: SetupDraft): void;
  setSetupProblems(problems: SetupProblems): void;

  /** Starts a game from a checked setup; returns the rules' sentence when they refuse it. */
  startGame(options: StartOptions): string | null;
  /** Applies a player's action through the rules. A refusal changes nothing but `lastError`. */
  dispatch(action: Action): StepResult;
  /** What the action would do, without doing it (the rules are pure, so this is their own answer). */
  preview(action: Action): StepResult;
  /**
   * Whether the rules would refuse the action now, and their sentence why (null: they would take it),
   * where that can be told without working out the whole move (answering a proposal).
   */
  refusal(action: Action): GameError | null;
  confirmHandover(): void;
  /** Takes back the person's last move (one-person games; never past anyone else's move). */
  undoLast(): void;
  setBotMode(mode: BotMode): void;
  leaveGame(): void;

  /** Re-reads the list of saves in the browser's storage. */
  refreshSaves(): void;
  /** Saves the game being played under a name; returns the sentence to show. */
  saveAs(name: string): string;
  /** Opens a save from its text (a file, a pasted link): replays it, then shows it; the current game is kept on failure. */
  openSaveText(text: string, slot?: { id: string; name: string }): Promise<string | null>;
  openSlot(id: string): Promise<string | null>;
  /** Opens a slot in the replay viewer. */
  openSlotReplay(id: string): Promise<string | null>;
  /** Opens the game in play in the replay viewer, at its current moment. */
  replayCurrentGame(): Promise<string | null>;
  /** Asks for confirmation before deleting (null cancels). */
  askDelete(id: string | null): void;
  deleteSlot(id: string): string;
  /** The game being played as save-file text, or null when there is none. */
  exportSave(): string | null;
  /** The game being played as a share link's payload (for `#replay=`), or null. */
  shareLink(): string | null;

  /** Opens a save (parsed JSON, untrusted) in the replay viewer, at a quarter if given. */
  openReplay(input: unknown, atQuarter?: number): Promise<string | null>;
  openReplayText(text: string): Promise<string | null>;
  openReplayLink(payload: string, atQuarter?: number): Promise<string | null>;
  seek(cursor: number): void;
  seekQuarter(quarter: number): void;
  stepActions(delta: number): void;
  stepQuarters(delta: number): void;
  togglePlay(): void;
  setReplaySpeed(ms: number): void;
  toggleReplayKeys(): void;
  /** Puts another branch of this game beside the replay (null closes the comparison). */
  compareWith(slotId: string | null): Promise<string | null>;
  /** Weighs each decision of a person's seat off the main thread (see src/bots/key-moments.ts). */
  findKeyMoments(seat: string): Promise<void>;
  /** Jumps to the next (1) or previous (−1) key moment after/before the cursor. */
  jumpToMoment(direction: 1 | -1): void;
  /**
   * Plays on from the moment shown: a new game whose history is the replay up to there. In a game no
   * person played, `companyId` is the company the person takes (by default the first they may play).
   */
  takeOver(companyId?: string): void;
}

export type AppState = {
  ui: UiSlice;
  catalog: CatalogSlice;
  setup: SetupSlice;
  game: GameSlice;
  saves: SavesSlice;
  replay: ReplaySlice;
} & AppActions;
export type AppStore = StoreApi<AppState>;

export const initialUi = (): UiSlice => ({
  screen: 'title',
  returnTo: 'title',
  notice: null,
  announcement: '',
  dialog: null,
  focusCompany: null,
  tutorialStep: null,
  actionDraft: { kind: 'chips/order', fields: {} },
  reducedMotion: false,
});

export const initialReplay = (): ReplaySlice => ({
  timeline: null,
  cursor: 0,
  playing: false,
  speedMs: 250,
  message: null,
  showKeys: false,
  branches: [],
  compare: null,
  moments: { status: 'idle', seat: null, done: 0, total: 0, moments: [], message: null },
});

export const initialGame = (): GameSlice => ({
  state: null,
  actions: [],
  setup: null,
  reports: [],
  checkpoints: [],
  figures: {},
  viewer: null,
  handoverTo: null,
  bots: { mode: 'watch', thinking: null, recent: [] },
  lastError: null,
  slot: null,
  autosaveProblem: null,
  undo: [],
});
