import type {
  JobAuthorization,
  PayType,
  PayTypeDetail,
  RepairOrderHold,
  RepairOrderKind,
  RepairOrderStatus,
  StarRepairStage,
  StarRepairStatus,
} from '@aftersales/core';
import type { z } from 'zod';
import type {
  starLaborOperationStatusTypeSchema,
  starPayTypeSchema,
  starRepairAuthorizationStatusTypeSchema,
  starRepairOrderInitiationTypeSchema,
} from './starEnums';

/** The code tables between STAR's lists and core's (FLOWS.md, core payType.ts). Internal. */

export type StarPayType = z.output<typeof starPayTypeSchema>;
export type StarLaborStatus = z.output<typeof starLaborOperationStatusTypeSchema>;
export type StarAuthorizationStatus = z.output<typeof starRepairAuthorizationStatusTypeSchema>;
export type StarInitiation = z.output<typeof starRepairOrderInitiationTypeSchema>;

/** Who pays, as core's class plus the finer STAR value kept in `payTypeDetail`. */
export interface Payer {
  readonly payType: PayType;
  readonly payTypeDetail?: PayTypeDetail | undefined;
}

/** STAR `PayTypes` → core (core payType.ts table). `SUBLET` names no payer: customer pay. */
export const PAYER_OF_STAR: Readonly<Record<StarPayType, Payer>> = {
  CUSTOMER_PAY: { payType: 'CP' },
  WARRANTY: { payType: 'W' },
  INTERNAL: { payType: 'I' },
  MANUFACTURER: { payType: 'W', payTypeDetail: 'manufacturer' },
  DEALER: { payType: 'I', payTypeDetail: 'dealer' },
  SUBLET: { payType: 'CP', payTypeDetail: 'sublet' },
};

/** Core payer → STAR pay type; `undefined` for insurance (STAR has no insurance pay type). */
export function starPayTypeOf(payer: Payer): StarPayType | undefined {
  if (payer.payTypeDetail === 'manufacturer') return 'MANUFACTURER';
  if (payer.payTypeDetail === 'dealer') return 'DEALER';
  if (payer.payTypeDetail === 'sublet') return payer.payType === 'CP' ? 'SUBLET' : undefined;
  return ({ CP: 'CUSTOMER_PAY', W: 'WARRANTY', I: 'INTERNAL', INS: undefined } as const)[payer.payType];
}

/** A labor operation's status as the customer's answer; `undefined`: no answer (CANCELLED). */
export function authorizationOfLaborStatus(status: StarLaborStatus): JobAuthorization | undefined {
  if (status === 'PENDING') return 'pending';
  if (status === 'DECLINED') return 'declined';
  if (status === 'DEFERRED') return 'deferred';
  if (status === 'CANCELLED') return undefined;
  // Scheduled, dispatched, in progress, on hold, completed…: work that goes ahead was approved.
  return 'approved';
}

/** The labor status the adapter writes for a line's answer (partial approval has none). */
export function laborStatusOf(
  authorization: JobAuthorization | undefined,
  completed: boolean,
): StarLaborStatus | undefined {
  switch (authorization) {
    case 'pending':
      return 'PENDING';
    case 'declined':
      return 'DECLINED';
    case 'deferred':
      return 'DEFERRED';
    case 'approved':
      return completed ? 'COMPLETED' : 'SCHEDULED';
    default:
      return undefined;
  }
}

/** STAR `RepairAuthorizationStatusTypes` → a job's authorization (core repairOrderCodes.ts). */
export const AUTHORIZATION_OF_STAR: Readonly<Record<StarAuthorizationStatus, JobAuthorization>> = {
  DRAFT: 'pending',
  PENDING_APPROVAL: 'pending',
  REQUESTED: 'pending',
  UNKNOWN: 'pending',
  APPROVED: 'approved',
  AUTHORIZED: 'approved',
  WAIVED: 'approved',
  NOT_REQUIRED: 'approved',
  PARTIALLY_APPROVED: 'partially_approved',
  PARTIALLY_AUTHORIZED: 'partially_approved',
  DECLINED: 'declined',
  REVOKED: 'declined',
  EXPIRED: 'declined',
};

/** A job's authorization → STAR (deferred: STAR's authorization list has none; see docs). */
export const STAR_OF_AUTHORIZATION: Readonly<Record<JobAuthorization, StarAuthorizationStatus | undefined>> =
  {
    pending: 'PENDING_APPROVAL',
    approved: 'APPROVED',
    partially_approved: 'PARTIALLY_APPROVED',
    declined: 'DECLINED',
    deferred: undefined,
  };

/** STAR initiation types that name one of our RO kinds. */
export const KIND_OF_INITIATION: Readonly<Partial<Record<StarInitiation, RepairOrderKind>>> = {
  WARRANTY: 'warranty',
  SAFETY_RECALL: 'recall',
  SERVICE_CAMPAIGN: 'recall',
  INTERNAL: 'internal',
  ROADSIDE_ASSISTANCE: 'rescue',
  COLLISION_ESTIMATE: 'insurance',
};

/** Each flow status of ours and the (stage, status) pair the adapter writes for it. */
export const STAR_OF_STATUS: Readonly<
  Record<RepairOrderStatus, readonly [StarRepairStage, StarRepairStatus]>
> = {
  open: ['OPEN', 'OPEN'],
  received: ['VEHICLE_RECEIVED', 'ACTIVE'],
  inspected: ['EVALUATION', 'ACTIVE'],
  estimated: ['AWAITING_CUSTOMER_AUTHORIZATION', 'PENDING_APPROVAL'],
  approved: ['AWAITING_CUSTOMER_AUTHORIZATION', 'APPROVED'],
  dispatched: ['WORK_IN_PROGRESS', 'ACTIVE'],
  in_repair: ['REPAIR', 'ACTIVE'],
  repaired: ['COMPLETED', 'ACTIVE'],
  quality_checked: ['QUALITY_ASSURANCE', 'ACTIVE'],
  washed: ['DETAILING', 'ACTIVE'],
  ready: ['CHECKOUT', 'READY_TO_BILL'],
  settled: ['INVOICE', 'ACTIVE'],
  delivered: ['VEHICLE_DELIVERED', 'COMPLETED'],
  closed: ['CLOSED', 'CLOSED'],
  cancelled: ['CLOSED', 'CANCELLED'],
  voided: ['CLOSED', 'VOIDED'],
};

/** A STAR stage → our flow status (FLOWS.md "our steps ↔ STAR stages"). */
export const STATUS_OF_STAGE: Readonly<Record<StarRepairStage, RepairOrderStatus | undefined>> = {
  OPEN: 'open',
  APPOINTMENT_SCHEDULED: 'open',
  VEHICLE_RECEIVED: 'received',
  EVALUATION: 'inspected',
  EVALUATION_QUEUE: 'inspected',
  EVALUATION_CONSULTATION: 'inspected',
  PROPOSAL_BUILD: 'estimated',
  AWAITING_CUSTOMER_AUTHORIZATION: 'estimated',
  WORK_IN_PROGRESS: 'dispatched',
  PARTS_ORDERED: 'dispatched',
  DISASSEMBLY: 'in_repair',
  REPAIR: 'in_repair',
  REASSEMBLY: 'in_repair',
  RE_OPEN: 'in_repair',
  COMPLETED: 'repaired',
  QUALITY_ASSURANCE: 'quality_checked',
  DETAILING: 'washed',
  CHECKOUT: 'ready',
  INVOICE: 'settled',
  VEHICLE_DELIVERED: 'delivered',
  CLOSED: 'closed',
  FOLLOW_UP: 'closed',
  OTHER: undefined,
};

/** STAR statuses that decide our status whatever the stage. */
export const STATUS_OF_STAR_STATUS: Readonly<Partial<Record<StarRepairStatus, RepairOrderStatus>>> = {
  CANCELLED: 'cancelled',
  ABANDONED: 'cancelled',
  DECLINED: 'cancelled',
  REJECTED: 'cancelled',
  VOIDED: 'voided',
  INVALID: 'voided',
  CLOSED: 'closed',
};

/** STAR statuses read without a stage (the stage, when present, wins). */
export const STATUS_WITHOUT_STAGE: Readonly<Partial<Record<StarRepairStatus, RepairOrderStatus>>> = {
  OPEN: 'open',
  ESTIMATE: 'estimated',
  PENDING_APPROVAL: 'estimated',
  APPROVED: 'approved',
  COMPLETED: 'repaired',
  READY_TO_BILL: 'ready',
};

/** STAR `*_HOLD` statuses → our hold. */
export const HOLD_OF_STAR_STATUS: Readonly<Partial<Record<StarRepairStatus, RepairOrderHold>>> = {
  CUSTOMER_HOLD: 'customer',
  WARRANTY_HOLD: 'warranty',
  PAYMENT_HOLD: 'payment',
  FINANCE_HOLD: 'payment',
  SALES_HOLD: 'other',
};

/** Our hold → the STAR status written for it (parts: stage PARTS_ORDERED; insurer: none). */
export const STAR_STATUS_OF_HOLD: Readonly<Record<RepairOrderHold, StarRepairStatus | undefined>> = {
  customer: 'CUSTOMER_HOLD',
  warranty: 'WARRANTY_HOLD',
  payment: 'PAYMENT_HOLD',
  other: 'SALES_HOLD',
  parts: undefined,
  insurer: undefined,
};
