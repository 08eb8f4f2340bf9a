/**
 * Freezes a parsed value and every object and array in it, so a policy or pack cannot change after
 * checking. Functions in it (a pack's `evaluateRights`) are left as they are: they hold no data, and
 * the frozen object that holds one cannot have it replaced.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
