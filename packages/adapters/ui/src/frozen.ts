/**
 * Internal: the snapshot is immutable, so a component can never change the store behind its back.
 * The engine's states share unchanged parts with the state before (a line the event did not
 * touch), and those parts were frozen with the snapshot before; the walk stops at them.
 */

/** Freezes `value` and everything reachable from it that is not frozen yet; returns `value`. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A frozen deep copy of plain JSON (an event the engine accepted is JSON). Built with
 * `Object.fromEntries`, which defines keys rather than assigning them, so a `__proto__` key in a
 * payload stays a key and never becomes a prototype; `-0` stays `-0`, unlike a JSON round trip.
 */
export function frozenJsonCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenJsonCopy)) as T;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, frozenJsonCopy(item)] as const);
    return Object.freeze(Object.fromEntries(entries)) as T;
  }
  return value;
}
