/**
 * The reducer: `step(state, action)` checks the action (untrusted JSON), checks whose turn it is and
 * what the rules allow, then applies it inside immer's `produce`. It never throws and never mutates its
 * input; a refused action returns the very same state object. Every state it returns is deeply frozen.
 *
 * The end of a quarter touches nearly every object in the state, where immer's proxies cost more than
 * the rules: a turn end that resolves the quarter runs on a private deep copy instead, frozen afterwards.
 */
import { freeze, produce } from 'immer';
import { BLOCKED_WHILE_DISTRESSED, HANDLERS, isMajorAction } from './actions';
import type { HandlerOutcome } from './actions/handler';
import { type Action, parseAction } from './actions/schema';
import type { QuarterReport } from './report';
import { fail, type GameError } from './result';
import type { CompanyState, GameState } from './state';
import { DEAL_RESPONSE_TYPES } from './vocabulary';

export type StepResult =
  | {
      readonly ok: true;
      readonly state: GameState;
      readonly log: readonly string[];
      readonly report: QuarterReport | null;
    }
  | { readonly ok: false; readonly error: GameError };

export function step(state: GameState, input: unknown): StepResult {
  try {
    const parsed = parseAction(input);
    if (!parsed.ok) return fail('action/invalid', parsed.message);
    const refusal = checkTurn(state, parsed.action);
    if (refusal) return { ok: false, error: refusal };
    return apply(state, parsed.action);
  } catch (error) {
    // A bug must not take the game down: report it as a refusal and keep the last good state.
    return fail(
      'internal/error',
      `Something went wrong inside the rules (${error instanceof Error ? error.message : String(error)}); the game is unchanged.`,
    );
  }
}

type AnyHandler = (state: GameState, action: Action, company: CompanyState) => HandlerOutcome;

function apply(state: GameState, action: Action): StepResult {
  if (resolvesQuarter(state, action)) return applyToCopy(state, action);
  let outcome: HandlerOutcome = { ok: true, log: [] };
  const next = produce(state, (draft) => {
    const view = withOriginalConfig(draft as GameState, state.config);
    const company = view.companies[action.seat];
    if (company) outcome = runHandler(view, action, company);
  });
  if (!outcome.ok) return outcome;
  return { ok: true, state: next, log: outcome.log, report: outcome.report ?? null };
}

function applyToCopy(state: GameState, action: Action): StepResult {
  const { config, ...rest } = state;
  const copy = { ...structuredClone(rest), config } as GameState;
  const company = copy.companies[action.seat];
  if (!company) return fail('company/unknown', `No seat plays a company called "${action.seat}".`);
  const outcome = runHandler(copy, action, company);
  if (!outcome.ok) return outcome;
  return { ok: true, state: freeze(copy, true), log: outcome.log, report: outcome.report ?? null };
}

function runHandler(state: GameState, action: Action, company: CompanyState): HandlerOutcome {
  const outcome = (HANDLERS[action.type] as AnyHandler)(state, action, company);
  // Attention belongs to the seat whose turn it is; answers out of turn are free.
  if (outcome.ok && isMajorAction(action.type) && state.seats[state.activeSeat]?.companyId === action.seat)
    state.attentionUsed++;
  return outcome;
}

/** The last seat still playing ends its turn: the quarter will resolve. */
function resolvesQuarter(state: GameState, action: Action): boolean {
  if (action.type !== 'turn/end') return false;
  for (let i = state.activeSeat + 1; i < state.seats.length; i++) {
    if (state.companies[state.seats[i]?.companyId ?? '']?.status !== 'bankrupt') return false;
  }
  return true;
}

/**
 * The level never changes during a game, but reading it through the draft would wrap every object
 * touched in a proxy. Reads of `config` go to the original object.
 */
function withOriginalConfig(draft: GameState, config: GameState['config']): GameState {
  return new Proxy(draft, { get: (target, key) => (key === 'config' ? config : Reflect.get(target, key)) });
}

function checkTurn(state: GameState, action: Action): GameError | null {
  if (state.phase === 'over')
    return { code: 'game/over', message: 'The game is over; no more moves can be made.' };
  const company = state.companies[action.seat];
  if (!company || !state.seats.some((seat) => seat.companyId === action.seat))
    return { code: 'company/unknown', message: `No seat plays a company called "${action.seat}".` };
  if (company.status === 'bankrupt')
    return { code: 'company/bankrupt', message: `${company.name} has failed and left the game.` };
  // The recipient of an open proposal may answer it at any time in the quarter: negotiation does not wait for turns.
  if ((DEAL_RESPONSE_TYPES as readonly string[]).includes(action.type)) return null;
  const active = state.seats[state.activeSeat];
  if (active?.companyId !== action.seat)
    return {
      code: 'turn/notYourTurn',
      message: `It is ${state.companies[active?.companyId ?? '']?.name ?? 'another company'}'s turn, not ${company.name}'s.`,
    };
  const pending = company.pendingChoices[0];
  if (pending && action.type !== 'event/choose')
    return {
      code: 'turn/choicePending',
      message: `${company.name} must first answer the event "${state.config.events.find((e) => e.id === pending.eventId)?.title ?? pending.eventId}".`,
    };
  if (isMajorAction(action.type) && state.attentionUsed >= state.config.actionsPerQuarter)
    return {
      code: 'turn/noAttentionLeft',
      message: `Management attention is spent: ${state.config.actionsPerQuarter} major actions a quarter. End the turn.`,
    };
  if (company.status === 'distressed' && BLOCKED_WHILE_DISTRESSED.includes(action.type))
    return {
      code: 'turn/distressed',
      message: `${company.name} is in distress: clear its arrears first (emergency raise or chip sale).`,
    };
  return null;
}
