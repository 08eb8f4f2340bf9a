import { AftersalesError } from '../errors/AftersalesError';
import { MAX_JSON_DEPTH } from './JsonValue';

/** Thrown inside the copy when it goes too deep; its path grows as the recursion unwinds. */
class TooDeep {
  readonly path: (string | number)[] = [];
}

function copyFrozen(value: unknown, depth: number): unknown {
  const plainObject =
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
  if (!Array.isArray(value) && !plainObject) return value;
  if (depth >= MAX_JSON_DEPTH) throw new TooDeep();
  const entries = Object.entries(value as object);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  for (const [key, inner] of entries) {
    let item: unknown;
    try {
      item = copyFrozen(inner, depth + 1);
    } catch (error) {
      if (error instanceof TooDeep) error.path.unshift(Array.isArray(value) ? Number(key) : key);
      throw error;
    }
    // An own `__proto__` key (JSON.parse makes one) is copied as a key: assigning it would set
    // the copy's prototype instead, dropping the key and changing what every other key inherits.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    } else (copy as Record<string, unknown>)[key] = item;
  }
  if (Array.isArray(copy)) copy.length = (value as unknown[]).length;
  return Object.freeze(copy);
}

/**
 * Copies plain objects and arrays deeply and freezes the copy, so data handed to a registry can
 * be changed neither by the registry's users nor by the caller who still holds the original.
 * Anything that is not a plain object or array (a function, a class instance) is kept as it is.
 *
 * @throws AftersalesError `input.invalid` at the path of a part nested deeper than
 *   {@link MAX_JSON_DEPTH} levels (a recursive copy would overflow the stack)
 */
export function frozenCopy<T>(value: T): T {
  try {
    return copyFrozen(value, 0) as T;
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    throw AftersalesError.of('input.invalid', error.path, {
      detail: `nested deeper than ${MAX_JSON_DEPTH} levels`,
      detailZh: `嵌套超过 ${MAX_JSON_DEPTH} 层`,
    });
  }
}
