import { type AftersalesIssue, WarrantyClaimSchema } from '@aftersales/core';
import { type AuditClaim, fastClaim } from './fastClaim';
import { type RejectRow, readRow, type VinSlots } from './vinSlots';

/** The claims of a batch as read: a claim per row, or the issues that make the row malformed. */
export interface ClaimRows {
  readonly claims: readonly (AuditClaim | undefined)[];
  /** Issues of each malformed row (absent for a claim read). */
  readonly issues: readonly (readonly AftersalesIssue[] | undefined)[];
  /** The VIN slot of each claim read (−1 for a malformed row). */
  readonly slots: Int32Array;
}

/**
 * Reads claims (a batch, or the earlier claims of the history): the fast reader for rows in
 * canonical form, else `WarrantyClaimSchema`. A claim's VIN gets a slot when `addSlots` (the
 * batch: a claim for a vehicle not in the history is still audited); else only known VINs do
 * (an earlier claim matters only for a vehicle of the batch) and other rows get −1.
 */
export function readClaimRows(
  rows: readonly unknown[],
  vins: VinSlots,
  addSlots: boolean,
  reject?: RejectRow,
): ClaimRows {
  const claims: (AuditClaim | undefined)[] = new Array(rows.length);
  const issues: (readonly AftersalesIssue[] | undefined)[] = [];
  const slots = new Int32Array(rows.length).fill(-1);
  const fast = (input: unknown) => fastClaim(input, vins.isVin);
  const onReject: RejectRow =
    reject ??
    ((row, found) => {
      issues[row] = found;
    });
  for (let row = 0; row < rows.length; row++) {
    const input = rows[row];
    const claim = readRow<AuditClaim>(input, row, fast, WarrantyClaimSchema, onReject);
    claims[row] = claim;
    if (claim === undefined) continue;
    const slot = vins.slotOfRecord(claim, input);
    slots[row] = slot ?? (addSlots ? vins.slot(claim.vin) : -1);
  }
  return { claims, issues, slots };
}
