/**
 * Saves in the browser's storage: an autosave after every action and named slots. Storage may be full
 * or unavailable (private windows, quotas): every write says so in a sentence and keeps the last good
 * save. A save is never half-written: the new copy goes under a new key, then the index switches to
 * it, then the old copy is removed — a failure at any step leaves the index pointing at a whole save.
 */
import type { Save } from '../core';

/** The part of the Web Storage API used here, so tests can pass a real-shaped fake (full, missing…). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const INDEX_KEY = 'hyperscale:saves';
const DATA_PREFIX = 'hyperscale:save:';
export const AUTOSAVE_ID = 'autosave';
/** Saves above this are refused before parsing (a hostile or corrupt entry must not freeze the page). */
export const MAX_SAVE_CHARS = 5_000_000;

export interface SlotInfo {
  id: string;
  name: string;
  levelId: string;
  levelTitle: string;
  quarterLabel: string;
  seats: string; // "OpenAI (Ada), AWS (bot)" — for the list
  savedAt: string; // ISO date, from the browser's clock (the rules never see it)
  key: string; // where the save's JSON is
}

export type StorageResult<T> = { ok: true; value: T } | { ok: false; message: string };

const FULL =
  'The browser’s storage is full, so this save was not written; your previous saves are untouched. Delete an old save or export this one to a file.';
const UNAVAILABLE =
  'This browser does not allow saving here (storage is off or blocked), so nothing was written; export the game to a file instead.';

function describeWriteError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? FULL : UNAVAILABLE;
}

export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readIndex(storage: KeyValueStorage): SlotInfo[] {
  const raw = storage.getItem(INDEX_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isSlotInfo) : [];
  } catch {
    return [];
  }
}

function isSlotInfo(value: unknown): value is SlotInfo {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['id', 'name', 'levelId', 'levelTitle', 'quarterLabel', 'seats', 'savedAt', 'key'].every(
    (k) => typeof v[k] === 'string',
  );
}

export class SaveStorage {
  private counter = 0;
  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): SlotInfo[] {
    if (!this.storage) return [];
    try {
      return readIndex(this.storage).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    } catch {
      return [];
    }
  }

  /** Writes (or overwrites) slot `id`; the previous copy stays until the new one is whole. */
  write(id: string, info: Omit<SlotInfo, 'id' | 'key' | 'savedAt'>, save: Save): StorageResult<SlotInfo> {
    const storage = this.storage;
    if (!storage) return { ok: false, message: UNAVAILABLE };
    const key = `${DATA_PREFIX}${id}:${this.now().getTime()}-${this.counter++}`;
    const slot: SlotInfo = { ...info, id, key, savedAt: this.now().toISOString() };
    let index: SlotInfo[];
    try {
      index = readIndex(storage);
      storage.setItem(key, JSON.stringify(save));
    } catch (error) {
      return { ok: false, message: describeWriteError(error) };
    }
    const previous = index.find((s) => s.id === id);
    try {
      storage.setItem(INDEX_KEY, JSON.stringify([...index.filter((s) => s.id !== id), slot]));
    } catch (error) {
      // The index still names the previous copy: drop the new one and keep that.
      try {
        storage.removeItem(key);
      } catch {
        /* nothing more can be done; the index is intact */
      }
      return { ok: false, message: describeWriteError(error) };
    }
    if (previous && previous.key !== key) {
      try {
        storage.removeItem(previous.key);
      } catch {
        /* an orphan copy wastes space but loses nothing */
      }
    }
    return { ok: true, value: slot };
  }

  /** The save's JSON text as stored (the caller validates and replays it: storage is untrusted too). */
  read(id: string): StorageResult<string> {
    const storage = this.storage;
    if (!storage) return { ok: false, message: UNAVAILABLE };
    const slot = readIndex(storage).find((s) => s.id === id);
    if (!slot) return { ok: false, message: 'That save is no longer there.' };
    const text = storage.getItem(slot.key);
    if (text === null)
      return { ok: false, message: 'That save’s data is missing from the browser’s storage.' };
    if (text.length > MAX_SAVE_CHARS)
      return { ok: false, message: 'That save is too large to be a Hyperscale game.' };
    return { ok: true, value: text };
  }

  remove(id: string): StorageResult<null> {
    const storage = this.storage;
    if (!storage) return { ok: false, message: UNAVAILABLE };
    try {
      const index = readIndex(storage);
      const slot = index.find((s) => s.id === id);
      storage.setItem(INDEX_KEY, JSON.stringify(index.filter((s) => s.id !== id)));
      if (slot) storage.removeItem(slot.key);
      return { ok: true, value: null };
    } catch (error) {
      return { ok: false, message: describeWriteError(error) };
    }
  }
}
