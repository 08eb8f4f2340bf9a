/**
 * Copies plain objects and arrays deeply and freezes the copy, so data handed to a registry can
 * be changed neither by the registry's users nor by the caller who still holds the original.
 * Anything that is not a plain object or array (a function, a class instance) is kept as it is.
 */
export function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = frozenCopy(inner);
    return Object.freeze(copy) as T;
  }
  return value;
}
