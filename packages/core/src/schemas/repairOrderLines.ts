import { z } from 'zod';
import { checkInstantOrder, onlyWhenValid } from './checks';
import { partSourceSchema } from './part';
import { checkPayTypeDetail, payTypeDetailSchema, payTypeSchema } from './payType';
import {
  extensionsSchema,
  idSchema,
  instantSchema,
  nonNegativeDecimalSchema,
  shortTextSchema,
  textSchema,
} from './primitives';
import { jobAuthorizationSchema } from './repairOrderCodes';

/**
 * The lines of a repair-order job: labor (工时), parts (配件), sublet work (外包) and the RO's
 * other charges (其他费用). Amounts and hours are decimal strings; every line names its payer.
 */

/**
 * A labor line (工时行): one operation done by one technician. Work shared by two technicians is
 * two lines, so each is credited with their own hours.
 *
 * Fields: `id` 行号 · `opCode` 工时代码 · `description` 工时名称 · `standardHours` 标准工时 (the
 * flat-rate time of the op code) · `soldHours` 结算工时 (hours billed; STAR `flat_rate_units`,
 * `billed_hours`) · `clockedHours` 实际工时 (technician's clocked time on the line) · `technicianId`
 * 维修技师 · `payType` 付费类型 · `payTypeDetail` 细分付费类型 · `authorization` 客户确认 (absent: the
 * job's) · `authorizationNote` 确认说明 (e.g. why declined) · `laborRate` 工时单价 · `laborAmount` 工时费
 * (as charged, after discount) · `laborCost` 工时成本 (technician pay) · `startedAt` 开工 ·
 * `completedAt` 完工 · `extensions`.
 *
 * Checks: `completedAt` not before `startedAt`; `payTypeDetail` agrees with `payType`.
 *
 * @example
 * LaborLineSchema.parse({
 *   id: 'L1', opCode: '01-0010', description: '更换机油及机油滤清器',
 *   standardHours: '0.8', soldHours: '0.8', clockedHours: '0.6', technicianId: 'EMP-T-11', payType: 'CP',
 * });
 */
export const LaborLineSchema = z
  .strictObject({
    id: idSchema,
    opCode: idSchema,
    description: textSchema,
    standardHours: nonNegativeDecimalSchema.optional(),
    soldHours: nonNegativeDecimalSchema,
    clockedHours: nonNegativeDecimalSchema.optional(),
    technicianId: idSchema.optional(),
    payType: payTypeSchema,
    payTypeDetail: payTypeDetailSchema.optional(),
    authorization: jobAuthorizationSchema.optional(),
    authorizationNote: textSchema.optional(),
    laborRate: nonNegativeDecimalSchema.optional(),
    laborAmount: nonNegativeDecimalSchema.optional(),
    laborCost: nonNegativeDecimalSchema.optional(),
    startedAt: instantSchema.optional(),
    completedAt: instantSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((line, ctx) => {
    checkPayTypeDetail(ctx, line);
    checkInstantOrder(ctx, line, [
      [
        { key: 'startedAt', en: 'work started', zh: '开工' },
        { key: 'completedAt', en: 'work completed', zh: '完工' },
      ],
    ]);
  }, onlyWhenValid);

/** A labor line as validated; see {@link LaborLineSchema}. */
export type LaborLine = z.output<typeof LaborLineSchema>;
/** A labor line as accepted (hours and amounts may be JSON numbers). */
export type LaborLineInput = z.input<typeof LaborLineSchema>;

/**
 * A part line (配件行): parts issued to the job.
 *
 * Fields: `id` 行号 · `partNumber` 配件编号 · `description` 配件名称 · `quantity` 数量 (decimal string:
 * may be fractional, e.g. `'4.5'` litres of oil) · `unit` 单位 · `unitPrice` 销售单价 · `unitCost`
 * 成本单价 · `amount` 金额 (as charged, after discount; absent: quantity × unitPrice) · `source`
 * 纯正件 / 外采件 · `payType` · `payTypeDetail` · `warrantyClaimId` 索赔单 (the claim that bills it) ·
 * `issuedAt` 出库时间 · `extensions`.
 *
 * Returns of unused parts are stock movements (`return_from_ro`), not negative lines.
 *
 * @example
 * PartLineSchema.parse({
 *   id: 'P2', partNumber: 'G052195M4', description: '全合成机油 5W-40', quantity: '4.5', unit: 'L',
 *   unitPrice: '98.00', unitCost: '62.00', source: 'oem', payType: 'CP',
 * });
 */
export const PartLineSchema = z
  .strictObject({
    id: idSchema,
    partNumber: idSchema,
    description: textSchema,
    quantity: nonNegativeDecimalSchema,
    unit: shortTextSchema,
    unitPrice: nonNegativeDecimalSchema,
    unitCost: nonNegativeDecimalSchema.optional(),
    amount: nonNegativeDecimalSchema.optional(),
    source: partSourceSchema,
    payType: payTypeSchema,
    payTypeDetail: payTypeDetailSchema.optional(),
    warrantyClaimId: idSchema.optional(),
    issuedAt: instantSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((line, ctx) => checkPayTypeDetail(ctx, line), onlyWhenValid);

/** A part line as validated; see {@link PartLineSchema}. */
export type PartLine = z.output<typeof PartLineSchema>;
/** A part line as accepted. */
export type PartLineInput = z.input<typeof PartLineSchema>;

/**
 * A sublet line (外包项目): work bought from a third party (glass, upholstery, ADAS calibration) and
 * billed on the RO; STAR `sublets`.
 *
 * Fields: `id` · `description` 外包内容 · `vendorId` / `vendorName` 外包商 · `vendorInvoiceNumber`
 * 外包发票号 · `amount` 销售金额 · `cost` 外包成本 · `payType` (who pays the dealer for it) ·
 * `payTypeDetail` (usually `sublet`) · `completedAt` · `extensions`.
 *
 * @example
 * SubletLineSchema.parse({ id: 'S1', description: '前挡风玻璃更换', vendorName: '某某汽车玻璃', amount: '1800.00', cost: '1350.00', payType: 'INS' });
 */
export const SubletLineSchema = z
  .strictObject({
    id: idSchema,
    description: textSchema,
    vendorId: idSchema.optional(),
    vendorName: shortTextSchema.optional(),
    vendorInvoiceNumber: idSchema.optional(),
    amount: nonNegativeDecimalSchema,
    cost: nonNegativeDecimalSchema.optional(),
    payType: payTypeSchema,
    payTypeDetail: payTypeDetailSchema.optional(),
    completedAt: instantSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((line, ctx) => checkPayTypeDetail(ctx, line), onlyWhenValid);

/** A sublet line as validated; see {@link SubletLineSchema}. */
export type SubletLine = z.output<typeof SubletLineSchema>;
/** A sublet line as accepted. */
export type SubletLineInput = z.input<typeof SubletLineSchema>;

/**
 * The kind of an RO-level charge: `shop_supplies` 辅料费 · `environmental` 环保 / 废弃物处理费 ·
 * `misc` 杂费 / 管理费 · `discount` 优惠 (subtracted) · `tax` 税费 (STAR `tax_amount`).
 *
 * @example
 * chargeKindSchema.parse('discount');
 */
export const chargeKindSchema = z.enum(['shop_supplies', 'environmental', 'misc', 'discount', 'tax']);

/** The kind of an RO-level charge; see {@link chargeKindSchema}. */
export type ChargeKind = z.output<typeof chargeKindSchema>;

/**
 * A charge on the RO outside its jobs (其他费用): STAR's misc and tax amounts. `amount` is never
 * negative: a `discount` is subtracted by its kind, so its sign cannot be misread.
 *
 * @example
 * RepairOrderChargeSchema.parse({ id: 'C1', kind: 'environmental', description: '废机油处理费', amount: '10.00', payType: 'CP' });
 */
export const RepairOrderChargeSchema = z
  .strictObject({
    id: idSchema,
    kind: chargeKindSchema,
    description: textSchema.optional(),
    amount: nonNegativeDecimalSchema,
    payType: payTypeSchema,
    payTypeDetail: payTypeDetailSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((charge, ctx) => checkPayTypeDetail(ctx, charge), onlyWhenValid);

/** An RO-level charge as validated; see {@link RepairOrderChargeSchema}. */
export type RepairOrderCharge = z.output<typeof RepairOrderChargeSchema>;
/** An RO-level charge as accepted. */
export type RepairOrderChargeInput = z.input<typeof RepairOrderChargeSchema>;
