import type {
  IssuePath,
  RepairOrderHold,
  RepairOrderStatus,
  StarRepairStage,
  StarRepairStatus,
} from '@aftersales/core';
import {
  HOLD_OF_STAR_STATUS,
  STAR_OF_STATUS,
  STAR_STATUS_OF_HOLD,
  STATUS_OF_STAGE,
  STATUS_OF_STAR_STATUS,
  STATUS_WITHOUT_STAGE,
} from './codeMaps';
import { addAssumed, type MapContext } from './context';
import type { StarRepairStatusEvent } from './schemas/repairOrder';

/**
 * The instants of our flow ↔ STAR repair status events, and STAR's status × stage ↔ our flow
 * status and hold (FLOWS.md). Internal.
 */

/** Each flow instant of an RO (in flow order) and the (stage, status) of its STAR event. */
export const INSTANT_EVENTS = [
  ['receivedAt', 'VEHICLE_RECEIVED', undefined],
  ['walkaroundAt', 'EVALUATION', undefined],
  ['estimatedAt', 'PROPOSAL_BUILD', undefined],
  ['approvedAt', 'AWAITING_CUSTOMER_AUTHORIZATION', 'APPROVED'],
  ['dispatchedAt', 'WORK_IN_PROGRESS', undefined],
  ['repairStartedAt', 'REPAIR', undefined],
  ['repairCompletedAt', 'COMPLETED', undefined],
  ['qc.finalAt', 'QUALITY_ASSURANCE', undefined],
  ['washedAt', 'DETAILING', undefined],
  ['readyAt', 'CHECKOUT', undefined],
  ['settledAt', 'INVOICE', undefined],
  ['deliveredAt', 'VEHICLE_DELIVERED', undefined],
  ['closedAt', 'CLOSED', 'CLOSED'],
  ['cancelledAt', 'CLOSED', 'CANCELLED'],
  ['voidedAt', 'CLOSED', 'VOIDED'],
] as const satisfies readonly (readonly [string, StarRepairStage, StarRepairStatus | undefined])[];

/** The flow status an instant means (the step it records). */
const STATUS_OF_INSTANT: Readonly<Record<string, RepairOrderStatus>> = {
  receivedAt: 'received',
  walkaroundAt: 'inspected',
  estimatedAt: 'estimated',
  approvedAt: 'approved',
  dispatchedAt: 'dispatched',
  repairStartedAt: 'in_repair',
  repairCompletedAt: 'repaired',
  'qc.finalAt': 'quality_checked',
  washedAt: 'washed',
  readyAt: 'ready',
  settledAt: 'settled',
  deliveredAt: 'delivered',
  closedAt: 'closed',
  cancelledAt: 'cancelled',
  voidedAt: 'voided',
};

/** The events read as instants (first occurrence of each), and the others, kept as sent. */
export function instantsOfEvents(events: readonly StarRepairStatusEvent[]): {
  instants: Record<string, string>;
  unread: StarRepairStatusEvent[];
} {
  const instants: Record<string, string> = {};
  const unread: StarRepairStatusEvent[] = [];
  for (const event of events) {
    const match = INSTANT_EVENTS.find(
      ([, stage, status]) => event.repair_stage_type === stage && event.repair_status_type === status,
    );
    const simple = Object.keys(event).every((k) =>
      ['repair_stage_type', 'repair_status_type', 'occurrence_date_time'].includes(k),
    );
    const at = event.occurrence_date_time;
    if (match === undefined || at === undefined || match[0] in instants || !simple) unread.push(event);
    if (match !== undefined && at !== undefined && !(match[0] in instants)) instants[match[0]] = at;
  }
  return { instants, unread };
}

/** The STAR event written for one instant. */
export function eventOfInstant(key: string, at: string): Record<string, unknown> | undefined {
  const entry = INSTANT_EVENTS.find(([name]) => name === key);
  if (entry === undefined) return undefined;
  const [, stage, status] = entry;
  return status === undefined
    ? { repair_stage_type: stage, occurrence_date_time: at }
    : { repair_stage_type: stage, repair_status_type: status, occurrence_date_time: at };
}

/** Our status and hold, and STAR's status and stage as sent when they say more than ours. */
export interface FlowPosition {
  status: RepairOrderStatus;
  hold?: RepairOrderHold;
  starStatus?: StarRepairStatus;
  starStage?: StarRepairStage;
}

/** The (stage, status) the adapter writes for a status and hold. */
export function starPositionOf(
  status: RepairOrderStatus,
  hold: RepairOrderHold | undefined,
): { stage: StarRepairStage; status: StarRepairStatus } {
  const [stage, starStatus] = STAR_OF_STATUS[status];
  const held = hold === undefined ? undefined : STAR_STATUS_OF_HOLD[hold];
  return { stage: hold === 'parts' ? 'PARTS_ORDERED' : stage, status: held ?? starStatus };
}

/**
 * Our flow position from STAR's status and stage: a closing status (cancelled, voided, closed)
 * first, then the stage, then a status that names a step, then the latest instant recorded.
 */
export function flowPositionOf(
  ctx: MapContext,
  starStatus: StarRepairStatus | undefined,
  starStage: StarRepairStage | undefined,
  instants: Readonly<Record<string, string>>,
  path: IssuePath,
): FlowPosition {
  let hold = starStatus === undefined ? undefined : HOLD_OF_STAR_STATUS[starStatus];
  if (hold === undefined && starStage === 'PARTS_ORDERED') hold = 'parts';
  let status = starStatus === undefined ? undefined : STATUS_OF_STAR_STATUS[starStatus];
  status ??= starStage === undefined ? undefined : STATUS_OF_STAGE[starStage];
  if (status === 'estimated' && starStatus === 'APPROVED') status = 'approved';
  status ??= starStatus === undefined ? undefined : STATUS_WITHOUT_STAGE[starStatus];
  const reached = Object.keys(STATUS_OF_INSTANT).filter((key) => key in instants);
  const latest = reached.at(-1);
  status ??= latest === undefined ? undefined : STATUS_OF_INSTANT[latest];
  if (status === undefined) {
    status = starStatus === 'ACTIVE' ? 'in_repair' : 'open';
    const reason =
      starStatus === 'ACTIVE' ? 'status ACTIVE without a stage: work under way' : 'no status or stage';
    const reasonZh = starStatus === 'ACTIVE' ? '状态为 ACTIVE 且无阶段：视为维修中' : '无状态或阶段';
    // The status is a flow state's id; the Chinese glosses it, as a user reads the note.
    const statusZh = starStatus === 'ACTIVE' ? '“in_repair”（维修中）' : '“open”（已开单）';
    addAssumed(ctx, [...path, 'current_repair_stage_type'], status, reason, reasonZh, statusZh);
  }
  const position: FlowPosition = { status };
  if (hold !== undefined) position.hold = hold;
  const written = starPositionOf(status, hold);
  if (starStatus !== undefined && starStatus !== written.status) position.starStatus = starStatus;
  if (starStage !== undefined && starStage !== written.stage) position.starStage = starStage;
  return position;
}
