import { type AftersalesIssue, createIssue, type ErrorCode, type IssuePath } from '@aftersales/core';

/**
 * What a STAR reader collects while it maps one document: notes (values read leniently, assumed,
 * kept in extensions, totals that disagree) and issues (what stops the mapping). Internal.
 */
export interface MapContext {
  readonly notes: AftersalesIssue[];
  readonly issues: AftersalesIssue[];
}

/** A fresh context. */
export function createContext(): MapContext {
  return { notes: [], issues: [] };
}

type Params = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** Adds a note (the mapping goes on). */
export function addNote(ctx: MapContext, code: ErrorCode, path: IssuePath, params: Params = {}): void {
  ctx.notes.push(createIssue(code, path, params));
}

/** Adds a `star.unmappable` issue (the mapping fails). */
export function addUnmappable(ctx: MapContext, path: IssuePath, reason: string, reasonZh: string): void {
  ctx.issues.push(createIssue('star.unmappable', path, { reason, reasonZh }));
}

/**
 * Notes that a value was absent and what was taken instead. `readAsZh` is the Chinese of a
 * stand-in written in words; a stand-in that is a value (an id, a code) is the same in both.
 */
export function addAssumed(
  ctx: MapContext,
  path: IssuePath,
  readAs: string,
  reason: string,
  reasonZh: string,
  readAsZh: string = readAs,
): void {
  addNote(ctx, 'star.assumed_value', path, { readAs, readAsZh, reason, reasonZh });
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of a STAR object the adapter does not map, to keep in `extensions.star`: a key absent
 * from `mapped` is kept whole; a key mapped only in part (`mapped[key]` lists the sub-fields read)
 * is kept whole when it carries any other sub-field. Notes the kept keys. `undefined` when none.
 */
export function keepUnmapped(
  ctx: MapContext,
  object: Readonly<Record<string, unknown>>,
  mapped: Readonly<Record<string, true | readonly string[]>>,
  path: IssuePath,
): Record<string, unknown> | undefined {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    // Own keys only: an input key such as `valueOf` must not find Object.prototype's function.
    const rule = lookup(mapped, key);
    if (rule === true) continue;
    if (rule !== undefined && isRecord(value) && Object.keys(value).every((sub) => rule.includes(sub)))
      continue;
    kept[key] = value;
  }
  const keys = Object.keys(kept);
  if (keys.length === 0) return undefined;
  addNote(ctx, 'star.kept_in_extensions', path, { keys });
  return kept;
}

/** `table[key]` for an own key only: a key from the input such as `__proto__` finds nothing. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
