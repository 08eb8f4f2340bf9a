import type { RepairOrderInput, RepairOrderJobInput } from '@aftersales/core';

type Instants = Partial<Record<string, string>>;

/** The flow's steps, furthest first, with the status an RO has once it reached them. */
const STEPS: readonly (readonly [string, RepairOrderInput['status']])[] = [
  ['closedAt', 'closed'],
  ['deliveredAt', 'delivered'],
  ['settledAt', 'settled'],
  ['washedAt', 'washed'],
  ['repairCompletedAt', 'repaired'],
  ['repairStartedAt', 'in_repair'],
  ['dispatchedAt', 'dispatched'],
  ['approvedAt', 'approved'],
  ['estimatedAt', 'estimated'],
  ['walkaroundAt', 'inspected'],
  ['receivedAt', 'received'],
];

const HEADER_INSTANTS = [
  'promisedAt',
  'receivedAt',
  'walkaroundAt',
  'estimatedAt',
  'approvedAt',
  'dispatchedAt',
  'repairStartedAt',
  'repairCompletedAt',
  'washedAt',
  'readyAt',
  'settledAt',
  'deliveredAt',
  'closedAt',
  'cancelledAt',
  'voidedAt',
] as const;

const after = (instant: unknown, limitMs: number): boolean =>
  typeof instant === 'string' && Date.parse(instant) > limitMs;

/** `record` without the fields whose instant is after `limitMs` (a new object when one goes). */
function withoutLater<T extends object>(record: T, keys: readonly string[], limitMs: number): T {
  const fields = record as Instants;
  if (!keys.some((key) => after(fields[key], limitMs))) return record;
  const copy: Instants = { ...fields };
  for (const key of keys) if (after(copy[key], limitMs)) delete copy[key];
  return copy as T;
}

function cutJob(job: RepairOrderJobInput, limitMs: number): RepairOrderJobInput {
  return {
    ...job,
    laborLines: (job.laborLines ?? []).map((line) =>
      withoutLater(line, ['startedAt', 'completedAt'], limitMs),
    ),
    partLines: (job.partLines ?? []).map((line) => withoutLater(line, ['issuedAt'], limitMs)),
  };
}

function statusOf(ro: RepairOrderInput, checked: boolean): RepairOrderInput['status'] {
  const fields = ro as Instants;
  if (fields.cancelledAt !== undefined) return 'cancelled';
  if (fields.voidedAt !== undefined) return 'voided';
  for (const [key, status] of STEPS) {
    if (key === 'repairCompletedAt' && checked) return 'quality_checked';
    if (fields[key] !== undefined) return status;
  }
  return 'open';
}

/**
 * The repair order as the DMS shows it at `limitMs` (the audit's "today"): every step that
 * happens later is removed (flow instants, checks, line times, follow-up calls not made yet) and
 * the status is the furthest step reached. A promised delivery time stays: it is a promise, not a
 * step. A cancelled RO stays cancelled once its cancellation is in the past.
 *
 * @example
 * cutAtAsOf(ro, Date.parse('2025-01-01T00:00:00+08:00')).status; // 'delivered' for an RO not yet followed up
 */
export function cutAtAsOf(ro: RepairOrderInput, limitMs: number): RepairOrderInput {
  // The last step of an RO is its closing (or its cancellation): when that is past, all is.
  const last = ro.closedAt ?? ro.cancelledAt ?? ro.voidedAt;
  if (last !== undefined && !after(last, limitMs)) return ro;
  const cut = withoutLater(
    ro,
    HEADER_INSTANTS.filter((key) => key !== 'promisedAt'),
    limitMs,
  );
  const qc =
    cut.qc === undefined ? undefined : withoutLater(cut.qc, ['selfAt', 'peerAt', 'finalAt'], limitMs);
  const followUps = (cut.followUps ?? []).filter((call) => !after(call.doneAt, limitMs));
  const status = statusOf(cut, qc?.finalAt !== undefined);
  return {
    ...cut,
    status,
    ...(qc === undefined ? {} : { qc }),
    followUps,
    jobs: (cut.jobs ?? []).map((job) => cutJob(job, limitMs)),
  };
}
