import { AftersalesError, type CalendarDate } from '@aftersales/core';
import type { OldPartDeadlineSource, OldPartTracking, OldPartTrackingResult } from './oldPartTracking';

/** One old part to chase (逾期未回运旧件): the claim, the car, the part, and how late it is. */
export interface OverdueOldPart {
  readonly claimId: string;
  readonly claimNumber: string | null;
  readonly row: number;
  readonly dealerId: string;
  readonly vin: string;
  readonly causalPartNumber: string | null;
  readonly deadline: CalendarDate;
  readonly deadlineSource: OldPartDeadlineSource;
  readonly daysOverdue: number;
  readonly warrantyAdminId: string | null;
}

// Code-unit order, not locale order: the list must read the same on every machine.
const byCode = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/**
 * The old parts not shipped by their deadline as of the tracking's `asOf`, most overdue first,
 * ties by claim id (then input row): the warranty administrator's (索赔员) chase list. Parts
 * shipped late are not on it: they are on their way.
 *
 * @param tracking - the result of `trackOldParts`, or its `items`
 * @returns the overdue parts, a new array
 * @throws AftersalesError `input.invalid_type` at `tracking` when it is neither, or at
 *   `tracking[.items].<index>` for an item trackOldParts did not make
 * @example
 * const chase = overdueOldParts(trackOldParts(claims, { policy, asOf: '2024-04-01', timeZone: 'Asia/Shanghai' }));
 * chase[0]?.daysOverdue; // the longest wait
 */
export function overdueOldParts(
  tracking: OldPartTrackingResult | readonly OldPartTracking[],
): OverdueOldPart[] {
  const items = Array.isArray(tracking) ? tracking : (tracking as OldPartTrackingResult | null)?.items;
  if (!Array.isArray(items)) {
    throw AftersalesError.of('input.invalid_type', ['tracking'], {
      expected: 'the result of trackOldParts, or its items',
      received: tracking === null ? 'null' : typeof tracking,
    });
  }
  const overdue: OverdueOldPart[] = [];
  const at: (string | number)[] = Array.isArray(tracking) ? ['tracking'] : ['tracking', 'items'];
  for (const [index, item] of (items as readonly OldPartTracking[]).entries()) {
    // An item not made by trackOldParts (null, or a claim id that is not text) would fail as a
    // TypeError here or in the sort: name it instead.
    if (
      item === null ||
      typeof item !== 'object' ||
      (item.status === 'overdue' &&
        (typeof item.claimId !== 'string' ||
          !Number.isInteger(item.row) ||
          (item.daysOverdue !== null && typeof item.daysOverdue !== 'number')))
    ) {
      throw AftersalesError.of('input.invalid_type', [...at, index], {
        expected: 'an item of trackOldParts',
        received: item === null ? 'null' : typeof item,
      });
    }
    if (item.status !== 'overdue' || item.deadline === null || item.deadlineSource === null) continue;
    overdue.push({
      claimId: item.claimId,
      claimNumber: item.claimNumber,
      row: item.row,
      dealerId: item.dealerId,
      vin: item.vin,
      causalPartNumber: item.causalPartNumber,
      deadline: item.deadline,
      deadlineSource: item.deadlineSource,
      daysOverdue: item.daysOverdue ?? 0,
      warrantyAdminId: item.warrantyAdminId,
    });
  }
  return overdue.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || byCode(a.claimId, b.claimId) || a.row - b.row,
  );
}
