import { z } from 'zod';
import { addInconsistency, checkInstantOrder, checkUniqueIds, onlyWhenValid } from './checks';
import {
  calendarDateSchema,
  currencyCodeSchema,
  extensionsSchema,
  idSchema,
  instantSchema,
  kilometresSchema,
  nonNegativeDecimalSchema,
  textSchema,
} from './primitives';
import {
  repairOrderHoldSchema,
  repairOrderKindSchema,
  repairOrderStatusSchema,
  starRepairStageSchema,
  starRepairStatusSchema,
} from './repairOrderCodes';
import { RepairOrderJobSchema } from './repairOrderJob';
import { RepairOrderChargeSchema } from './repairOrderLines';
import { vinSchema } from './vin';

/**
 * The three-level inspection (三检): technician self-check (自检), peer check (互检) and final
 * inspection (终检), each with its time and inspector.
 *
 * @example
 * QualityChecksSchema.parse({ selfAt: '2024-03-01T14:25:00+08:00', selfInspectorId: 'EMP-T-07' });
 */
export const QualityChecksSchema = z.strictObject({
  selfAt: instantSchema.optional(),
  selfInspectorId: idSchema.optional(),
  peerAt: instantSchema.optional(),
  peerInspectorId: idSchema.optional(),
  finalAt: instantSchema.optional(),
  finalInspectorId: idSchema.optional(),
});

/** The three-level inspection of an RO; see {@link QualityChecksSchema}. */
export type QualityChecks = z.output<typeof QualityChecksSchema>;

/**
 * A follow-up call after delivery (回访 / 跟踪服务): `kind` `first` (day 3–7) · `second` (the week
 * after) · `other`; `dueDate` 计划日期 · `doneAt` 回访时间 (or the failed attempt's) · `outcome`
 * 回访结果 (`satisfied` 满意 · `neutral` 一般 · `dissatisfied` 不满意 · `unreachable` 未接通 ·
 * `refused` 拒访) · `byId` 回访人 · `note` 回访记录 · `complaintId` 由此产生的投诉.
 *
 * @example
 * FollowUpSchema.parse({ kind: 'first', dueDate: '2024-03-04', doneAt: '2024-03-04T10:30:00+08:00', outcome: 'satisfied' });
 */
export const FollowUpSchema = z.strictObject({
  kind: z.enum(['first', 'second', 'other']),
  dueDate: calendarDateSchema.optional(),
  doneAt: instantSchema.optional(),
  outcome: z.enum(['satisfied', 'neutral', 'dissatisfied', 'unreachable', 'refused']).optional(),
  byId: idSchema.optional(),
  note: textSchema.optional(),
  complaintId: idSchema.optional(),
  extensions: extensionsSchema.optional(),
});

/** A follow-up call; see {@link FollowUpSchema}. */
export type FollowUp = z.output<typeof FollowUpSchema>;

/**
 * A comeback (返修): this RO repairs again what an earlier one should have fixed. `isComeback`
 * is the dealer's own flag; `previousRoId` the earlier RO; `reason` 返修原因. KPIs may also detect
 * comebacks that nobody flagged.
 *
 * @example
 * ComebackSchema.parse({ isComeback: true, previousRoId: 'RO-2024-000512', reason: '异响复现' });
 */
export const ComebackSchema = z.strictObject({
  isComeback: z.boolean(),
  previousRoId: idSchema.optional(),
  reason: textSchema.optional(),
});

/** A comeback flag; see {@link ComebackSchema}. */
export type Comeback = z.output<typeof ComebackSchema>;

/**
 * The estimate given to the customer (估价 / 报价) and what they authorized (STAR
 * `estimated_*_amount`, `authorized_amount`, `estimated_labor_hours`, `authorized_hours`).
 *
 * @example
 * RepairOrderEstimateSchema.parse({ laborAmount: '288.00', partsAmount: '1701.00', totalAmount: '1989.00' });
 */
export const RepairOrderEstimateSchema = z.strictObject({
  laborAmount: nonNegativeDecimalSchema.optional(),
  partsAmount: nonNegativeDecimalSchema.optional(),
  subletAmount: nonNegativeDecimalSchema.optional(),
  miscAmount: nonNegativeDecimalSchema.optional(),
  taxAmount: nonNegativeDecimalSchema.optional(),
  totalAmount: nonNegativeDecimalSchema.optional(),
  authorizedAmount: nonNegativeDecimalSchema.optional(),
  laborHours: nonNegativeDecimalSchema.optional(),
  authorizedHours: nonNegativeDecimalSchema.optional(),
});

/** An RO's estimate; see {@link RepairOrderEstimateSchema}. */
export type RepairOrderEstimate = z.output<typeof RepairOrderEstimateSchema>;

const ORDER = [
  [
    { key: 'openedAt', en: 'RO opened', zh: '开单' },
    { key: 'closedAt', en: 'RO closed', zh: '关闭' },
  ],
  [
    { key: 'openedAt', en: 'RO opened', zh: '开单' },
    { key: 'settledAt', en: 'settlement', zh: '结算' },
  ],
  [
    { key: 'openedAt', en: 'RO opened', zh: '开单' },
    { key: 'cancelledAt', en: 'cancellation', zh: '取消' },
  ],
  [
    { key: 'openedAt', en: 'RO opened', zh: '开单' },
    { key: 'voidedAt', en: 'void', zh: '作废' },
  ],
  [
    { key: 'receivedAt', en: 'vehicle received', zh: '接车' },
    { key: 'deliveredAt', en: 'vehicle delivered', zh: '交车' },
  ],
  [
    { key: 'repairStartedAt', en: 'repair started', zh: '开工' },
    { key: 'repairCompletedAt', en: 'repair completed', zh: '完工' },
  ],
] as const;

/**
 * A repair order (工单 / 委托书): the header, the instant of every flow step, and its jobs.
 *
 * Header: `id` (system key) · `roNumber` 工单号 · `dealerId` 经销商 · `vin` 车辆识别代号 · `customerId`
 * 客户 (absent on internal ROs for stock vehicles) · `advisorId` 服务顾问 · `kind` 维修类别 · `currency`
 * 币种 (default CNY) · `status` 工单状态 (our flow) · `hold` 挂起原因 · `starStatus` / `starStage` (STAR's
 * two axes, as the source sent them) · `invoiceNumber` 发票号.
 *
 * Flow instants (ISO 8601 with offset; all optional but `openedAt`): `openedAt` 开单 · `promisedAt`
 * 预计交车 · `appointmentId` 预约单 · `receivedAt` 接车 / 问诊 · `walkaroundAt` 环检 · `estimatedAt` 估价 ·
 * `approvedAt` 客户确认 · `dispatchedAt` 派工 · `repairStartedAt` 开工 · `repairCompletedAt` 完工 · `qc` 三检 ·
 * `washedAt` 洗车 · `readyAt` 待交车 · `settledAt` 结算 · `deliveredAt` 交车 · `closedAt` 关闭 ·
 * `cancelledAt` 取消 · `voidedAt` 作废.
 *
 * Also: `odometerInKm` / `odometerOutKm` 进厂 / 出厂里程 · `isRescue` 救援 (default false) · `rescueFee`
 * 救援费 · `comeback` 返修 · `followUps` 回访 · `followUpAdvice` 工单回访建议 · `estimate` 估价 · `jobs`
 * 维修项目 · `charges` 其他费用 (lists default to empty) · `notes` 工单备注 (STAR description and
 * general notes) · `extensions`.
 *
 * Checks (each an `input.inconsistent` at the later field): closed, settled, cancelled or voided
 * before opened; delivered before received; repair completed before started; `odometerOutKm`
 * below `odometerInKm`; a comeback of itself; a `rescueFee` on an RO that is not a rescue; job and
 * charge ids repeated; and each job's own checks ({@link RepairOrderJobSchema}). Physical steps
 * (received, delivered) are not compared with `openedAt`: an RO is sometimes keyed in after the
 * car arrived.
 *
 * @example
 * const result = safeParseRecord(RepairOrderSchema, json);
 * if (result.ok) console.log(result.value.jobs[0]?.laborLines[0]?.soldHours); // '0.8'
 */
export const RepairOrderSchema = z
  .strictObject({
    id: idSchema,
    roNumber: idSchema,
    dealerId: idSchema,
    vin: vinSchema,
    customerId: idSchema.optional(),
    advisorId: idSchema,
    kind: repairOrderKindSchema,
    currency: currencyCodeSchema,
    status: repairOrderStatusSchema,
    hold: repairOrderHoldSchema.optional(),
    starStatus: starRepairStatusSchema.optional(),
    starStage: starRepairStageSchema.optional(),
    invoiceNumber: idSchema.optional(),
    openedAt: instantSchema,
    promisedAt: instantSchema.optional(),
    appointmentId: idSchema.optional(),
    receivedAt: instantSchema.optional(),
    walkaroundAt: instantSchema.optional(),
    estimatedAt: instantSchema.optional(),
    approvedAt: instantSchema.optional(),
    dispatchedAt: instantSchema.optional(),
    repairStartedAt: instantSchema.optional(),
    repairCompletedAt: instantSchema.optional(),
    qc: QualityChecksSchema.optional(),
    washedAt: instantSchema.optional(),
    readyAt: instantSchema.optional(),
    settledAt: instantSchema.optional(),
    deliveredAt: instantSchema.optional(),
    closedAt: instantSchema.optional(),
    cancelledAt: instantSchema.optional(),
    voidedAt: instantSchema.optional(),
    odometerInKm: kilometresSchema.optional(),
    odometerOutKm: kilometresSchema.optional(),
    isRescue: z.boolean().default(false),
    rescueFee: nonNegativeDecimalSchema.optional(),
    comeback: ComebackSchema.optional(),
    followUps: z.array(FollowUpSchema).default([]),
    followUpAdvice: textSchema.optional(),
    estimate: RepairOrderEstimateSchema.optional(),
    jobs: z.array(RepairOrderJobSchema).default([]),
    charges: z.array(RepairOrderChargeSchema).default([]),
    notes: textSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((ro, ctx) => {
    checkInstantOrder(ctx, ro, ORDER);
    const { odometerInKm: odometerIn, odometerOutKm: odometerOut } = ro;
    if (typeof odometerIn === 'number' && typeof odometerOut === 'number' && odometerOut < odometerIn) {
      addInconsistency(
        ctx,
        ['odometerOutKm'],
        `odometerOutKm (${odometerOut}) is below odometerInKm (${odometerIn})`,
        `出厂里程（${odometerOut}）小于进厂里程（${odometerIn}）`,
      );
    }
    if (ro.comeback?.previousRoId !== undefined && ro.comeback.previousRoId === ro.id) {
      addInconsistency(
        ctx,
        ['comeback', 'previousRoId'],
        'an RO cannot be a comeback of itself',
        '工单不能是自身的返修',
      );
    }
    if (ro.rescueFee !== undefined && ro.isRescue !== true) {
      addInconsistency(
        ctx,
        ['rescueFee'],
        'a rescue fee is charged but isRescue is false',
        '收取了救援费，但工单未标记为救援',
      );
    }
    checkUniqueIds(ctx, ro.jobs, ['jobs'], 'job', '维修项目');
    checkUniqueIds(ctx, ro.charges, ['charges'], 'charge', '费用');
  }, onlyWhenValid);

/** A repair order as validated; see {@link RepairOrderSchema}. */
export type RepairOrder = z.output<typeof RepairOrderSchema>;
/** A repair order as accepted (decimals may be numbers; defaulted fields may be absent). */
export type RepairOrderInput = z.input<typeof RepairOrderSchema>;
