import type { CompiledFlow } from './createFlow';

/**
 * The shortest sequence of events that leads from `from` to a state where `event` is possible,
 * ignoring guards (they depend on data), or `null` when no such state can be reached. Used to tell
 * a user which step is missing: "deliver" from "in_repair" needs complete_repair → … → settle first.
 * Breadth-first over the transition table; cached per flow.
 */
export function pathToEvent(compiled: CompiledFlow, from: string, event: string): readonly string[] | null {
  const key = `${from}\u0000${event}`;
  const cached = compiled.pathCache.get(key);
  if (cached !== undefined) return cached;
  const previous = new Map<string, { state: string; event: string } | null>([[from, null]]);
  const queue = [from];
  let found: string | undefined;
  for (let i = 0; i < queue.length && found === undefined; i++) {
    const state = queue[i] as string;
    const byEvent = compiled.table.get(state);
    if (byEvent === undefined) continue;
    if (state !== from && byEvent.has(event)) {
      found = state;
      break;
    }
    for (const [next, transitions] of byEvent) {
      for (const transition of transitions) {
        const target = transition.target;
        if (target === undefined || previous.has(target)) continue;
        previous.set(target, { state, event: next });
        queue.push(target);
      }
    }
  }
  let path: string[] | null = null;
  if (found !== undefined) {
    path = [];
    for (let at = previous.get(found); at; at = previous.get(at.state)) path.unshift(at.event);
    // Frozen: the cached array itself goes into every rejection's unblock, so a caller that
    // edited one would otherwise change the path of every later rejection.
    Object.freeze(path);
  }
  compiled.pathCache.set(key, path);
  return path;
}
