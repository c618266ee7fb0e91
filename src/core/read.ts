import { isDraft, original } from 'immer';

/**
 * The value as it was before this action, for reads that scan many objects: reading through immer's
 * draft wraps each object touched in a proxy. Only for data the action has not changed yet.
 */
export function beforeAction<T>(value: T): T {
  return isDraft(value) ? (original(value as never) as T) : value;
}
