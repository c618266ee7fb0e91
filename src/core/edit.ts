/**
 * Hand-written copy-on-write for the most frequent actions (ordering chips, building, allocating
 * compute, passing the turn). Immer costs tens of µs per action in proxies and finalisation; these
 * actions touch a handful of known objects, so they copy exactly those: `own` shallow-copies an object on
 * the way to what will change, once per action, and `finish` deep-freezes what is new. The base state is
 * deeply frozen, so a write that skipped `own` throws instead of corrupting an earlier state.
 */
import type { GameState } from './state';

export class StateEdit {
  readonly state: GameState;
  private readonly copies = new Set<object>();

  constructor(base: GameState) {
    this.state = { ...base };
    this.copies.add(this.state);
  }

  /** The object at `path` below the root, copied (with every object above it) so it can be written. */
  own<T extends object>(...path: (string | number)[]): T {
    let node: Record<string | number, unknown> = this.state as unknown as Record<string, unknown>;
    for (const key of path) {
      const child = node[key];
      if (child === null || typeof child !== 'object')
        throw new Error(`cannot edit ${path.join('.')}: no object at "${key}"`);
      if (this.copies.has(child)) {
        node = child as Record<string | number, unknown>;
        continue;
      }
      const copy = Array.isArray(child) ? [...child] : { ...(child as object) };
      this.copies.add(copy);
      node[key] = copy;
      node = copy as Record<string | number, unknown>;
    }
    return node as T;
  }

  /**
   * Freezes the copies and everything new put into them. The untouched parts are frozen already, so
   * only the copies' direct members need a look (a full deep freeze would revisit the whole state).
   */
  finish(): GameState {
    for (const copy of this.copies) {
      for (const member of Object.values(copy)) {
        if (
          member !== null &&
          typeof member === 'object' &&
          !Object.isFrozen(member) && // most members are untouched, frozen parts of the base
          !this.copies.has(member)
        )
          deepFreeze(member);
      }
      Object.freeze(copy);
    }
    return this.state;
  }
}

/** Freezes a value and everything in it that is not frozen yet (frozen parts are skipped whole). */
export function deepFreeze<T extends object>(value: T): T {
  Object.freeze(value);
  for (const member of Object.values(value)) {
    if (member !== null && typeof member === 'object' && !Object.isFrozen(member)) deepFreeze(member);
  }
  return value;
}
