import type { IssuePath, JobAuthorization } from '@aftersales/core';
import { addAssumed, addNote, type MapContext } from './context';
import { sameDecimal } from './decimals';
import { hoursOf, sumHours } from './hours';
import type { StarLaborOperation } from './schemas/repairOrder';

/** A labor operation's sold and clocked hours (technician times). Internal. */

const DONE_OR_NOT = new Set(['declined', 'deferred']);

/** The sold (flat-rate, billed) hours; both sources present and different: noted. */
export function soldHoursOf(
  ctx: MapContext,
  op: StarLaborOperation,
  authorization: JobAuthorization | undefined,
  path: IssuePath,
): string {
  const billed = hoursOf(ctx, op.repair_effort_summary?.actual_billed_hours, [
    ...path,
    'repair_effort_summary',
    'actual_billed_hours',
  ]);
  const flat = op.flat_rate_units;
  if (flat !== undefined && billed !== undefined && !sameDecimal(flat, billed)) {
    addNote(ctx, 'star.total_mismatch', [...path, 'flat_rate_units'], {
      stated: flat,
      computed: billed,
      what: 'repair_effort_summary.actual_billed_hours',
      whatZh: '实际结算工时',
    });
  }
  const sold = flat ?? billed;
  if (sold !== undefined) return sold;
  const declined = authorization !== undefined && DONE_OR_NOT.has(authorization);
  const reason = declined ? 'declined or deferred: nothing billed' : 'no flat_rate_units or billed hours';
  addAssumed(
    ctx,
    [...path, 'flat_rate_units'],
    '0',
    reason,
    declined ? '已拒绝或暂缓：未结算' : '无结算工时',
  );
  return '0';
}

/** The clocked hours: the summary's, else the punches' sum; both and different: noted. */
export function clockedHoursOf(ctx: MapContext, op: StarLaborOperation, path: IssuePath): string | undefined {
  const effortPath = [...path, 'repair_effort_summary'];
  const clocked = hoursOf(ctx, op.repair_effort_summary?.actual_clocked_hours, [
    ...effortPath,
    'actual_clocked_hours',
  ]);
  const punches = op.repair_effort_summary?.technician_time_references ?? [];
  const durations = punches
    .map((punch, i) =>
      hoursOf(ctx, punch.duration, [...effortPath, 'technician_time_references', i, 'duration']),
    )
    .filter((hours): hours is string => hours !== undefined);
  if (durations.length === 0) return clocked;
  const punched = sumHours(durations);
  if (clocked === undefined) return punched;
  if (!sameDecimal(clocked, punched)) {
    addNote(ctx, 'star.total_mismatch', [...effortPath, 'actual_clocked_hours'], {
      stated: clocked,
      computed: punched,
      what: 'technician_time_references durations',
      whatZh: '技师打卡时长',
    });
  }
  return clocked;
}
