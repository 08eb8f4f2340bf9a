import type { AftersalesIssue } from '@aftersales/core';
import type { AuditRejection, InputCount } from './auditTypes';

/**
 * The records of an audit section that a package refused, collected by input and row. Several
 * packages read the same list (the demand history, the KPI engine), so a row refused twice comes
 * out once, with the issues of both (an issue already listed, same code and path, is not repeated).
 *
 * @example
 * const tally: RejectionTally = createRejectionTally();
 * tally.isRejected('parts.positions', 0); // false
 */
export interface RejectionTally {
  /** Records that `input`'s record at `row` (0-based) was refused, and why. */
  readonly reject: (input: string, row: number, issues: readonly AftersalesIssue[]) => void;
  /** Whether `input`'s record at `row` was refused. */
  readonly isRejected: (input: string, row: number) => boolean;
  /** The rows of `input` refused so far. */
  readonly rowsOf: (input: string) => ReadonlySet<number>;
  /** Read, accepted and rejected of `input`, given how many records it had. */
  readonly count: (input: string, read: number) => InputCount;
  /** Every rejection, by input in the order first seen, then by row. */
  readonly rejections: () => AuditRejection[];
}

const issueKey = (issue: AftersalesIssue): string => JSON.stringify([issue.code, issue.path]);

/**
 * An empty {@link RejectionTally}.
 *
 * @example
 * const tally = createRejectionTally();
 * tally.reject('parts.movements', 3, [createIssue('input.required', ['partNumber'])]);
 * tally.count('parts.movements', 10); // { read: 10, accepted: 9, rejected: 1 }
 */
export function createRejectionTally(): RejectionTally {
  const byInput = new Map<string, Map<number, AftersalesIssue[]>>();
  const rowsOf = (input: string): Map<number, AftersalesIssue[]> => {
    let rows = byInput.get(input);
    if (rows === undefined) {
      rows = new Map();
      byInput.set(input, rows);
    }
    return rows;
  };
  return {
    reject(input, row, issues) {
      const rows = rowsOf(input);
      const known = rows.get(row);
      if (known === undefined) {
        rows.set(row, [...issues]);
        return;
      }
      const seen = new Set(known.map(issueKey));
      for (const issue of issues) if (!seen.has(issueKey(issue))) known.push(issue);
    },
    isRejected: (input, row) => byInput.get(input)?.has(row) === true,
    rowsOf: (input) => new Set(byInput.get(input)?.keys() ?? []),
    count(input, read) {
      const rejected = byInput.get(input)?.size ?? 0;
      return { read, accepted: read - rejected, rejected };
    },
    rejections: () =>
      [...byInput].flatMap(([input, rows]) =>
        [...rows].sort(([a], [b]) => a - b).map(([row, issues]): AuditRejection => ({ input, row, issues })),
      ),
  };
}
