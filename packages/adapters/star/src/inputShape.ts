import { type AftersalesIssue, createIssue } from '@aftersales/core';

/**
 * The deepest nesting of arrays and objects a STAR document may have (the adapter-http default
 * too). STAR's deepest path is about ten levels; fields without a place in the model are kept
 * whole in `extensions.star` and checked by core's recursive JSON schema, which a value a few
 * thousand levels deep would take past the call stack.
 */
export const MAX_STAR_DEPTH = 64;

/** A value to visit, with its depth and its key under its parent's entry (the path, linked). */
interface Visit {
  readonly value: unknown;
  readonly depth: number;
  readonly key: string | number | undefined;
  readonly parent: Visit | undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Internal: why a document cannot be read at all, or `undefined`: nesting deeper than
 * {@link MAX_STAR_DEPTH}, or a `__proto__` key (kept in `extensions.star` by assignment it would
 * set the copy's prototype and vanish without a note). A `star.unmappable` issue at the path found.
 * Walks with an explicit stack, so no input can exhaust the call stack here (nor a cycle loop).
 *
 * @example
 * inputProblem(JSON.parse('{"a":{"__proto__":{}}}'))?.path; // ['a', '__proto__']
 */
export function inputProblem(input: unknown): AftersalesIssue | undefined {
  const stack: Visit[] = [{ value: input, depth: 0, key: undefined, parent: undefined }];
  // The deepest each object was reached at: a value shared by many parents (not JSON, but a
  // caller's object may be) is walked again only when reached deeper, at most once per level.
  const reached = new Map<object, number>();
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value, depth } = visit;
    if (value === null || typeof value !== 'object') continue;
    if ((reached.get(value) ?? -1) >= depth) continue;
    reached.set(value, depth);
    if (depth >= MAX_STAR_DEPTH) {
      return createIssue('star.unmappable', pathOf(visit), {
        reason: `arrays and objects nested deeper than ${MAX_STAR_DEPTH} levels`,
        reasonZh: `数组与对象嵌套超过 ${MAX_STAR_DEPTH} 层`,
      });
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], depth: depth + 1, key: index, parent: visit });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        return createIssue('star.unmappable', [...pathOf(visit), key], {
          reason: 'a key named __proto__ cannot be kept in a record',
          reasonZh: '名为 __proto__ 的键无法保存在记录中',
        });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, key, parent: visit });
    }
  }
  return undefined;
}
