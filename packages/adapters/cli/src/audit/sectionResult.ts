import type { AuditRejection, InputCount } from './auditTypes';

/**
 * What each section of the audit (service, parts, warranty) hands back to the audit that
 * assembles the report: the section itself, how many records of each of its inputs were read,
 * used and refused, every refused record with its input and row, and how many findings the
 * section counts towards the report's `findingCount` (each section says what it counts).
 *
 * Invariant: for every input, `read = accepted + rejected`, and `rejected` equals the number of
 * that input's entries in `rejections`.
 *
 * @example
 * const empty: SectionResult<{ readonly notes: readonly string[] }> = {
 *   section: { notes: [] },
 *   inputs: { repairOrders: { read: 0, accepted: 0, rejected: 0 } },
 *   rejections: [],
 *   findings: 0,
 * };
 */
export type SectionResult<S> = {
  section: S;
  inputs: Record<string, InputCount>;
  rejections: AuditRejection[];
  findings: number;
};
