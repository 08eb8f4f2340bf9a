/** A value that survives `JSON.stringify` → `JSON.parse` unchanged. Decisions and facts are made of these. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: JsonValue };

/**
 * How deep plain JSON may nest here: far deeper than any fact, setting or record needs, and
 * shallow enough that a recursive walk over it (findNonJson, frozenCopy) cannot overflow the
 * stack. 5,000 levels of `{ a: { a: … } }` threw a RangeError before this limit.
 */
export const MAX_JSON_DEPTH = 1_000;

/**
 * Returns the path of the first part of `value` that is not plain JSON (a function, `undefined`,
 * NaN, Infinity, a Date, a Map, a cycle, an object or array nested deeper than
 * {@link MAX_JSON_DEPTH} levels…), or `undefined` when the whole value is JSON.
 *
 * @example
 * findNonJson({ km: 3000, at: new Date() }); // ['at']
 */
export function findNonJson(
  value: unknown,
  path: (string | number)[] = [],
  seen = new Set<object>(),
): (string | number)[] | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (typeof value !== 'object') return path;
  if (seen.has(value) || path.length >= MAX_JSON_DEPTH) return path;
  if (Array.isArray(value)) {
    seen.add(value);
    for (let i = 0; i < value.length; i += 1) {
      const bad = findNonJson(value[i], [...path, i], seen);
      if (bad) return bad;
    }
    seen.delete(value);
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return path;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const bad = findNonJson(inner, [...path, key], seen);
    if (bad) return bad;
  }
  seen.delete(value);
  return undefined;
}
