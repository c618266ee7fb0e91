import type { StateEdit } from '../edit';
import type { QuarterReport } from '../report';
import type { GameError } from '../result';
import type { CompanyState, GameState } from '../state';
import type { Action, ActionOf } from './schema';

/** What a handler returns: the sentences for the action log, or why the action is refused. */
export type HandlerOutcome =
  | { ok: true; log: string[]; report?: QuarterReport }
  | { ok: false; error: GameError };

/** Runs on an immer draft. A refusal must come before any change (the draft is discarded anyway). */
export type Handler<T extends Action['type']> = (
  state: GameState,
  action: ActionOf<T>,
  company: CompanyState,
) => HandlerOutcome;

/**
 * Runs on a hand-copied state (see `edit.ts`) instead of an immer draft: reads `edit.state`, and must
 * `edit.own(...)` every object before writing to it. Used for the few actions taken most often.
 */
export type EditHandler<T extends Action['type']> = (
  edit: StateEdit,
  action: ActionOf<T>,
  company: CompanyState,
) => HandlerOutcome;

export const done = (...log: string[]): HandlerOutcome => ({ ok: true, log });
