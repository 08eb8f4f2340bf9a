import type { WindowRepair } from './presumptionWindow';

/**
 * Whether the buyer directly notified the manufacturer of the need to repair a nonconformity:
 * `notified` (`manufacturerNotified` true on at least one of its repairs) · `not_notified` (false
 * on every one) · `not_recorded` (never true, and absent on at least one: not known).
 */
export type NoticeStatus = 'notified' | 'not_notified' | 'not_recorded';

/** One nonconformity (one `problem`) and its repairs inside the window. */
export interface Nonconformity {
  readonly problem: string;
  readonly repairs: number;
  readonly roIds: readonly string[];
  /** "Results in a condition that is likely to cause death or serious bodily injury if the vehicle is driven". */
  readonly seriousSafety: boolean;
  readonly notice: NoticeStatus;
}

/**
 * Groups the repairs inside the window by nonconformity: "the same nonconformity" is the same
 * `problem`. A nonconformity is a safety one (§1793.22(b)(1)) when any of its repairs is flagged
 * `isSeriousSafetyFault`: the danger is a property of the defect, not of one visit, so a
 * workshop that flagged it once is enough. The notice is read per nonconformity, as the text
 * reads: "notified the manufacturer of the need for the repair **of the nonconformity**": a notice
 * about another defect does not count; only repairs inside the window are read.
 *
 * @param repairs - the repairs inside the window, oldest first
 * @returns one entry per problem, in the order of each problem's first repair
 * @example
 * countNonconformities(window.counted); // [{ problem: 'abs-module', repairs: 2, seriousSafety: true, notice: 'notified', … }]
 */
export function countNonconformities(repairs: readonly WindowRepair[]): Nonconformity[] {
  const byProblem = new Map<string, { roIds: string[]; safety: boolean; yes: boolean; unknown: boolean }>();
  for (const { repair } of repairs) {
    const entry = byProblem.get(repair.problem) ?? { roIds: [], safety: false, yes: false, unknown: false };
    entry.roIds.push(repair.roId);
    entry.safety ||= repair.isSeriousSafetyFault;
    entry.yes ||= repair.manufacturerNotified === true;
    entry.unknown ||= repair.manufacturerNotified === undefined;
    byProblem.set(repair.problem, entry);
  }
  return [...byProblem].map(([problem, entry]) => ({
    problem,
    repairs: entry.roIds.length,
    roIds: entry.roIds,
    seriousSafety: entry.safety,
    notice: entry.yes ? 'notified' : entry.unknown ? 'not_recorded' : 'not_notified',
  }));
}
