/**
 * Checks on the raw text and the parsed value of a request body, before any rule reads it: how
 * deep it nests (a recursive reader must not exhaust the stack) and whether it carries a key that
 * could reach an object's prototype when merged or spread by careless code downstream.
 */

/** Keys refused anywhere in a body. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing it (strings
 * are skipped, escapes honoured), stopping as soon as `limit` is passed.
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: the next character is escaped
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return deepest;
}

/** A value to visit, with the key it sits under and its parent's entry (the path, linked). */
interface Visit {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Visit | undefined;
}

/** The path from the root to `visit`, then `last`. */
function pathOf(visit: Visit, last: string): (string | number)[] {
  const path: (string | number)[] = [last];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path of the first forbidden key in a parsed JSON value, or `undefined`. Walks with an
 * explicit stack (no recursion) and linked paths (built only for the key found), so a value as
 * deep as `JSON.parse` accepts is walked in time linear in its size.
 */
export function findForbiddenKey(value: unknown): (string | number)[] | undefined {
  const stack: Visit[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const current = visit.value;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        stack.push({ value: current[index], key: index, parent: visit });
      }
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return pathOf(visit, key);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      stack.push({ value: (current as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return undefined;
}
