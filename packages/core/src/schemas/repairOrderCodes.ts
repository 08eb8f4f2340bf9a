import { z } from 'zod';

/**
 * The code lists of a repair order (工单): its kind, flow status, hold, STAR's status and stage,
 * the customer's authorization of a job, and the vehicle system a job works on.
 */

/**
 * The kind of a repair order (维修类别), which decides its KPI bucket and its flow's SLAs.
 *
 * `maintenance` 保养 · `first_maintenance` 首保 · `repair` 一般维修 · `warranty` 保修 / 索赔 ·
 * `recall` 召回 / 服务活动 · `insurance` 保险理赔 (事故车) · `bodyshop` 钣喷 · `internal` 内部 ·
 * `rescue` 救援 · `accessory` 精品加装 · `pdi` 售前检查 (PDI).
 * A job may carry its own kind when an RO mixes them (a maintenance RO with a warranty job).
 *
 * @example
 * repairOrderKindSchema.parse('first_maintenance');
 */
export const repairOrderKindSchema = z.enum([
  'maintenance',
  'first_maintenance',
  'repair',
  'warranty',
  'recall',
  'insurance',
  'bodyshop',
  'internal',
  'rescue',
  'accessory',
  'pdi',
]);

/** The kind of a repair order; see {@link repairOrderKindSchema}. */
export type RepairOrderKind = z.output<typeof repairOrderKindSchema>;

/**
 * Where a repair order is in our flow: the last step reached (each has its instant on the RO).
 *
 * | status | 中文 | STAR stage |
 * | --- | --- | --- |
 * | `open` | 已开单（车未到） | OPEN |
 * | `received` | 已接车 / 问诊 | VEHICLE_RECEIVED |
 * | `inspected` | 已环检 | EVALUATION |
 * | `estimated` | 已估价，待客户确认 | PROPOSAL_BUILD → AWAITING_CUSTOMER_AUTHORIZATION |
 * | `approved` | 客户已确认 | AWAITING_CUSTOMER_AUTHORIZATION (done) |
 * | `dispatched` | 已派工 | WORK_IN_PROGRESS |
 * | `in_repair` | 维修中 | REPAIR |
 * | `repaired` | 维修完工 | REPAIR (done) |
 * | `quality_checked` | 三检完成 | QUALITY_ASSURANCE |
 * | `washed` | 已洗车 | DETAILING |
 * | `ready` | 待交车 | CHECKOUT |
 * | `settled` | 已结算 | INVOICE |
 * | `delivered` | 已交车 | VEHICLE_DELIVERED |
 * | `closed` | 已关闭 | CLOSED |
 * | `cancelled` | 已取消（未施工） | — (status CANCELLED) |
 * | `voided` | 已作废 | — (status VOIDED) |
 *
 * A wait (parts, customer, insurer) is not a step: it is {@link repairOrderHoldSchema}.
 *
 * @example
 * repairOrderStatusSchema.parse('in_repair');
 */
export const repairOrderStatusSchema = z.enum([
  'open',
  'received',
  'inspected',
  'estimated',
  'approved',
  'dispatched',
  'in_repair',
  'repaired',
  'quality_checked',
  'washed',
  'ready',
  'settled',
  'delivered',
  'closed',
  'cancelled',
  'voided',
]);

/** Where a repair order is in our flow; see {@link repairOrderStatusSchema}. */
export type RepairOrderStatus = z.output<typeof repairOrderStatusSchema>;

/**
 * A wait laid over the current step (STAR's `*_HOLD` statuses): `parts` 待料 · `customer` 待客户确认 ·
 * `insurer` 待保险定损 · `warranty` 待索赔审批 · `payment` 待付款 · `other` 其他.
 *
 * @example
 * repairOrderHoldSchema.parse('parts');
 */
export const repairOrderHoldSchema = z.enum(['parts', 'customer', 'insurer', 'warranty', 'payment', 'other']);

/** A wait laid over the current step; see {@link repairOrderHoldSchema}. */
export type RepairOrderHold = z.output<typeof repairOrderHoldSchema>;

/**
 * STAR `RepairStatusTypes` (repair_order.openapi_schema.yaml, STAR commit ef0085c1), kept as the
 * source sent it. A STAR value this list lacks maps to `OTHER` in the STAR adapter.
 *
 * @example
 * starRepairStatusSchema.parse('WARRANTY_HOLD');
 */
export const starRepairStatusSchema = z.enum([
  'APPROVED',
  'DECLINED',
  'REJECTED',
  'ACTIVE',
  'INACTIVE',
  'PENDING_APPROVAL',
  'COMPLETED',
  'CANCELLED',
  'ABANDONED',
  'INVALID',
  'SALES_HOLD',
  'PAYMENT_HOLD',
  'FINANCE_HOLD',
  'CUSTOMER_HOLD',
  'OPEN',
  'ESTIMATE',
  'WARRANTY_HOLD',
  'READY_TO_BILL',
  'CLOSED',
  'VOIDED',
  'OTHER',
]);

/** A STAR repair status; see {@link starRepairStatusSchema}. */
export type StarRepairStatus = z.output<typeof starRepairStatusSchema>;

/**
 * STAR `RepairStageTypes` (same source as {@link starRepairStatusSchema}).
 *
 * @example
 * starRepairStageSchema.parse('QUALITY_ASSURANCE');
 */
export const starRepairStageSchema = z.enum([
  'OPEN',
  'RE_OPEN',
  'APPOINTMENT_SCHEDULED',
  'VEHICLE_RECEIVED',
  'EVALUATION',
  'EVALUATION_QUEUE',
  'PROPOSAL_BUILD',
  'EVALUATION_CONSULTATION',
  'AWAITING_CUSTOMER_AUTHORIZATION',
  'WORK_IN_PROGRESS',
  'PARTS_ORDERED',
  'DISASSEMBLY',
  'REPAIR',
  'REASSEMBLY',
  'DETAILING',
  'QUALITY_ASSURANCE',
  'COMPLETED',
  'INVOICE',
  'CHECKOUT',
  'VEHICLE_DELIVERED',
  'CLOSED',
  'FOLLOW_UP',
  'OTHER',
]);

/** A STAR repair stage; see {@link starRepairStageSchema}. */
export type StarRepairStage = z.output<typeof starRepairStageSchema>;

/**
 * The customer's answer to a job or line (客户确认): `approved` 同意 · `declined` 拒绝 ·
 * `deferred` 暂缓（下次再做） · `pending` 待确认 · `partially_approved` 部分同意.
 *
 * From STAR: `RepairAuthorizationStatusTypes` APPROVED/AUTHORIZED → `approved`,
 * PARTIALLY_APPROVED/PARTIALLY_AUTHORIZED → `partially_approved`, DECLINED/REVOKED → `declined`,
 * PENDING_APPROVAL/REQUESTED/DRAFT → `pending`; a labor operation's DEFERRED → `deferred`,
 * DECLINED → `declined`.
 *
 * @example
 * jobAuthorizationSchema.parse('deferred');
 */
export const jobAuthorizationSchema = z.enum([
  'approved',
  'declined',
  'deferred',
  'pending',
  'partially_approved',
]);

/** The customer's answer to a job or line; see {@link jobAuthorizationSchema}. */
export type JobAuthorization = z.output<typeof jobAuthorizationSchema>;

/**
 * The vehicle system a job works on (维修系统 / 工时组), used to find comebacks ("same system
 * within 30 days") and the 三包 main systems:
 *
 * `engine` 发动机 · `transmission` 变速器 · `traction_battery` 动力蓄电池 · `drive_motor` 驱动电机 ·
 * `steering` 转向系统 · `brakes` 制动系统 · `suspension` 悬架系统 · `drivetrain` 传动系统（含前后桥）·
 * `emission` 排放控制装置 · `fuel` 燃油系统 · `body` 车身 · `paint` 漆面 · `electrical` 电气（含 12 V 蓄电池）·
 * `hvac` 空调 · `interior` 内饰 · `wheels_tyres` 车轮轮胎 · `adas` 驾驶辅助 · `maintenance` 保养项目 · `other` 其他.
 *
 * @example
 * vehicleSystemSchema.parse('brakes');
 */
export const vehicleSystemSchema = z.enum([
  'engine',
  'transmission',
  'traction_battery',
  'drive_motor',
  'steering',
  'brakes',
  'suspension',
  'drivetrain',
  'emission',
  'fuel',
  'body',
  'paint',
  'electrical',
  'hvac',
  'interior',
  'wheels_tyres',
  'adas',
  'maintenance',
  'other',
]);

/** The vehicle system a job works on; see {@link vehicleSystemSchema}. */
export type VehicleSystem = z.output<typeof vehicleSystemSchema>;
