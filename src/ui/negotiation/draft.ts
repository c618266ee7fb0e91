/**
 * The composer's draft: who the deal is with, its terms as typed, and the proposal it counters. It is
 * UI state, not game state (the app store stays the only writer of that), kept in a tiny store of its
 * own; mount.ts redraws when it changes (subscribeDraft), as it does for the app store.
 */
import { createStore } from 'zustand/vanilla';
import type { TermKind } from '../../core/deals/terms';

/** Which side gives the term's main obligation: the viewer ("You give") or the counterparty. */
export type Giver = 'viewer' | 'other';

export interface TermDraft {
  /** Stable within the draft, for element ids and keys. */
  id: number;
  kind: TermKind;
  giver: Giver;
  fields: Record<string, string>;
}

export interface Draft {
  /**
   * The company whose draft it is: in hot-seat play the next person must not find the last one's
   * terms, so a draft owned by someone else is dropped when another viewer opens the composer.
   */
  owner: string | null;
  /** The counterparty's company id, or null before one is chosen. */
  to: string | null;
  terms: TermDraft[];
  /** The open proposal this draft counters (then it is sent with deal/counter), or null. */
  counterOf: number | null;
  nextId: number;
  /** What became of the last proposal sent from the composer, in a sentence. */
  outcome: string | null;
}

export const emptyDraft = (owner: string | null = null): Draft => ({
  owner,
  to: null,
  terms: [],
  counterOf: null,
  nextId: 1,
  outcome: null,
});

const draftStore = createStore<Draft>()(() => emptyDraft());

export const getDraft = (): Draft => draftStore.getState();

export function subscribeDraft(listener: () => void): () => void {
  return draftStore.subscribe(listener);
}

export function setDraft(patch: Partial<Draft>): void {
  draftStore.setState(patch);
}

/** Changing the counterparty drops the terms: they name the old one. */
export function chooseCounterparty(to: string | null): void {
  const draft = getDraft();
  if (draft.to === to) return;
  draftStore.setState({ to, terms: [], counterOf: null, outcome: null });
}

export function addTerm(kind: TermKind, giver: Giver, fields: Record<string, string>): number {
  const { terms, nextId } = getDraft();
  draftStore.setState({
    terms: [...terms, { id: nextId, kind, giver, fields }],
    nextId: nextId + 1,
    outcome: null,
  });
  return nextId;
}

export function removeTerm(id: number): void {
  draftStore.setState({ terms: getDraft().terms.filter((t) => t.id !== id), outcome: null });
}

export function editField(id: number, key: string, value: string): void {
  draftStore.setState({
    terms: getDraft().terms.map((t) => (t.id === id ? { ...t, fields: { ...t.fields, [key]: value } } : t)),
    outcome: null,
  });
}

/** Replaces the terms (a counter's, or the bot's price), keeping the counterparty. */
export function replaceTerms(
  terms: Omit<TermDraft, 'id'>[],
  counterOf: number | null = getDraft().counterOf,
): void {
  let nextId = getDraft().nextId;
  const drafts = terms.map((t) => ({ ...t, id: nextId++ }));
  draftStore.setState({ terms: drafts, nextId, counterOf, outcome: null });
}

export function resetDraft(owner: string | null = null): void {
  draftStore.setState(emptyDraft(owner));
}

/** The draft as `viewer` may see it: someone else's shows as empty (and is dropped, after this draw). */
export function draftFor(viewer: string): Draft {
  const draft = getDraft();
  if (draft.owner === viewer) return draft;
  // Not during the draw itself: a store write from inside a render would redraw mid-render.
  queueMicrotask(() => {
    if (getDraft().owner !== viewer) resetDraft(viewer);
  });
  return emptyDraft(viewer);
}
