/**
 * Lookups by ids that came from input. Every plain object inherits `constructor`, `toString`,
 * `__proto__`…, so `record[id]` with such an id finds a function instead of nothing. State stays plain
 * JSON (records keep their prototype, so they serialise and hash as before); the lookups that take an
 * id from an action, a deal term or a level go through here instead.
 */
export function ownRecord<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
