/**
 * Supersession (替代): when part A is superseded by B (and B by C), the part to order is the last
 * of the chain, C, and A's and B's demand is C's demand: it is the same need under a new number.
 */

/** How part numbers fold into the part to order. */
export interface Supersession {
  /** The part to order for each part number that is superseded (A → C, B → C). */
  readonly finalOf: ReadonlyMap<string, string>;
  /** The chain of each part in a cycle (A → B → A): no part to order. */
  readonly cycles: ReadonlyMap<string, readonly string[]>;
}

/**
 * Follows every `supersededBy` link to the end of its chain. A part in a cycle, or that leads into
 * one, is listed in `cycles` with the chain walked, and is not folded anywhere.
 *
 * @param links - part number → the part number that supersedes it
 */
export function resolveSupersession(links: ReadonlyMap<string, string>): Supersession {
  const finalOf = new Map<string, string>();
  const cycles = new Map<string, readonly string[]>();
  for (const start of links.keys()) {
    // Stryker disable next-line LogicalOperator: a shortcut: walking again from a part already resolved meets its known end or cycle at the first link and sets the same entry
    if (finalOf.has(start) || cycles.has(start)) continue;
    const chain = [start];
    const onChain = new Set(chain);
    let current = start;
    let end: string | undefined;
    let cycle: readonly string[] | undefined;
    for (;;) {
      const next = links.get(current);
      if (next === undefined) {
        end = current;
        break;
      }
      const known = finalOf.get(next);
      // Stryker disable next-line BlockStatement: a shortcut: walking on through a chain already folded reaches the same end, and sets the same entries again
      if (known !== undefined) {
        end = known;
        break;
      }
      const knownCycle = cycles.get(next);
      if (knownCycle !== undefined || onChain.has(next)) {
        cycle = knownCycle ?? [...chain, next];
        break;
      }
      chain.push(next);
      onChain.add(next);
      current = next;
    }
    for (const part of chain) {
      if (cycle !== undefined) cycles.set(part, cycle);
      else if (part !== end) finalOf.set(part, end as string);
    }
  }
  return { finalOf, cycles };
}
