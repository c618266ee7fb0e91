import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * The one store the browser reads (ARCHITECTURE.md: zustand vanilla, no React).
 * Render and UI subscribe to it and call its actions; they never hold state of their own
 * that another layer needs. Game rules do not live here: the game slice will hold the core's
 * state and change only through a `dispatch` that calls the core's `step`.
 */

/** The screens the app can show. Only the title screen exists so far. */
export const SCREENS = ['title'] as const;
export type Screen = (typeof SCREENS)[number];

export interface UiSlice {
  screen: Screen;
  /** A short message for the status line under the menu, or null when there is nothing to say. */
  notice: string | null;
}

export interface AppState {
  ui: UiSlice;
  showScreen(screen: Screen): void;
  showNotice(text: string): void;
  clearNotice(): void;
}

export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((set) => ({
    ui: { screen: 'title', notice: null },
    // Changing screen drops the old screen's notice so it cannot linger on the next one.
    showScreen: (screen) => set((s) => ({ ui: { ...s.ui, screen, notice: null } })),
    showNotice: (text) => set((s) => ({ ui: { ...s.ui, notice: text } })),
    clearNotice: () => set((s) => ({ ui: { ...s.ui, notice: null } })),
  }));
}
