/**
 * The reducer: `step(state, action)` checks the action (untrusted JSON), checks whose turn it is and
 * what the rules allow, then applies it inside immer's `produce`. It never throws and never mutates its
 * input; a refused action returns the very same state object. Every state it returns is deeply frozen.
 *
 * Speed (an action should take microseconds): the end of a quarter touches nearly every object in the
 * state, where immer's proxies cost more than the rules, so a turn end that resolves the quarter runs on a
 * private deep copy, frozen afterwards; the few most frequent actions copy exactly what they change by
 * hand (`edit.ts`); everything else uses immer.
 */
import { produce } from 'immer';
import { EDIT_HANDLERS, HANDLERS, isMajorAction } from './actions';
import { acceptRefusal } from './actions/deals';
import type { HandlerOutcome } from './actions/handler';
import { type Action, parseAction } from './actions/schema';
import { deepFreeze, StateEdit } from './edit';
import { ownRecord } from './own';
import { quote } from './quote';
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

/**
 * Whether `step` would refuse `input` in `state`, and why (null: it would be accepted). For answering
 * a proposal the rules tell without applying it (acceptRefusal); any other action is applied to find
 * out. Same sentence as `step`'s: a test holds the two together on every proposal of played games.
 */
export function refusalOf(state: GameState, input: unknown): GameError | null {
  try {
    const parsed = parseAction(input);
    if (!parsed.ok) return { code: 'action/invalid', message: parsed.message };
    const refusal = checkTurn(state, parsed.action);
    if (refusal) return refusal;
    const action = parsed.action;
    const company = ownRecord(state.companies, action.seat);
    if (action.type === 'deal/accept' && company) return acceptRefusal(state, action.dealId, company);
  } catch {
    // As step would: let it report the failure in its own words.
  }
  const result = step(state, input);
  return result.ok ? null : result.error;
}

type AnyHandler = (state: GameState, action: Action, company: CompanyState) => HandlerOutcome;
type AnyEditHandler = (edit: StateEdit, action: Action, company: CompanyState) => HandlerOutcome;

function apply(state: GameState, action: Action): StepResult {
  const company = ownRecord(state.companies, action.seat);
  if (!company) return fail('company/unknown', `No seat plays a company called ${quote(action.seat)}.`);
  if (resolvesQuarter(state, action)) return applyToCopy(state, action);
  const simpleTurnEnd = action.type !== 'turn/end' || company.status !== 'distressed';
  const editHandler = (EDIT_HANDLERS as Partial<Record<Action['type'], AnyEditHandler>>)[action.type];
  if (editHandler && simpleTurnEnd) return applyByEdit(state, action, company, editHandler);
  let outcome: HandlerOutcome = { ok: true, log: [] };
  const next = produce(state, (draft) => {
    const view = withOriginalConfig(draft as GameState, state.config);
    const drafted = view.companies[action.seat];
    if (drafted) outcome = runHandler(view, action, drafted);
  });
  return finishWith(outcome, next);
}

function applyByEdit(
  state: GameState,
  action: Action,
  company: CompanyState,
  handler: AnyEditHandler,
): StepResult {
  const edit = new StateEdit(state);
  const outcome = handler(edit, action, company);
  if (outcome.ok) countAttention(edit.state, action);
  return finishWith(outcome, outcome.ok ? edit.finish() : state);
}

function applyToCopy(state: GameState, action: Action): StepResult {
  const { config, ...rest } = state;
  const copy = { ...cloneData(rest), config } as GameState;
  const company = copy.companies[action.seat] as CompanyState;
  const outcome = runHandler(copy, action, company);
  return finishWith(outcome, outcome.ok ? deepFreeze(copy) : state);
}

/** A deep copy of plain data (objects, arrays, primitives: all a state holds), faster than structuredClone. */
function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = cloneData((value as Record<string, unknown>)[key]);
  return copy as T;
}

function runHandler(state: GameState, action: Action, company: CompanyState): HandlerOutcome {
  const outcome = (HANDLERS[action.type as keyof typeof HANDLERS] as AnyHandler)(state, action, company);
  if (outcome.ok) countAttention(state, action);
  return outcome;
}

/** Attention belongs to the seat whose turn it is; answers out of turn are free. */
function countAttention(state: GameState, action: Action): void {
  if (isMajorAction(action.type) && state.seats[state.activeSeat]?.companyId === action.seat)
    state.attentionUsed++;
}

function finishWith(outcome: HandlerOutcome, next: GameState): StepResult {
  if (!outcome.ok) return outcome;
  return { ok: true, state: next, log: outcome.log, report: outcome.report ?? null };
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
  const company = ownRecord(state.companies, action.seat);
  if (!company || !state.seats.some((seat) => seat.companyId === action.seat))
    return { code: 'company/unknown', message: `No seat plays a company called ${quote(action.seat)}.` };
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
      message: `Management attention is spent (${state.config.actionsPerQuarter} major actions a quarter): end the turn.`,
    };
  if (
    // In distress, lenders, suppliers and counterparties extend no more credit: every major action waits.
    company.status === 'distressed' &&
    isMajorAction(action.type)
  )
    return {
      code: 'turn/distressed',
      message: `${company.name} is in distress: clear its arrears first (emergency raise or chip sale).`,
    };
  return null;
}
