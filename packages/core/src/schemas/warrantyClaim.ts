import { z } from 'zod';
import { addInconsistency, checkInstantOrder, compareDecimals, onlyWhenValid, sumDecimals } from './checks';
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
import { vinSchema } from './vin';

/**
 * The state of a warranty claim: `draft` 草稿 · `submitted` 已提交 · `approved` 已批准 ·
 * `partially_approved` 部分批准 · `rejected` 已拒赔 · `paid` 已结算 · `charged_back` 已扣款 (索赔扣款).
 *
 * @example
 * warrantyClaimStatusSchema.parse('partially_approved');
 */
export const warrantyClaimStatusSchema = z.enum([
  'draft',
  'submitted',
  'approved',
  'partially_approved',
  'rejected',
  'paid',
  'charged_back',
]);

/** The state of a warranty claim; see {@link warrantyClaimStatusSchema}. */
export type WarrantyClaimStatus = z.output<typeof warrantyClaimStatusSchema>;

/**
 * A labor operation claimed (索赔工时): `opCode` 工时代码 · `description` · `hours` 索赔工时 ·
 * `laborRate` 索赔工时单价 · `amount` 金额.
 *
 * @example
 * ClaimLaborOpSchema.parse({ opCode: '46-1120', hours: '1.2', laborRate: '120.00', amount: '144.00' });
 */
export const ClaimLaborOpSchema = z.strictObject({
  opCode: idSchema,
  description: textSchema.optional(),
  hours: nonNegativeDecimalSchema,
  laborRate: nonNegativeDecimalSchema.optional(),
  amount: nonNegativeDecimalSchema.optional(),
});

/** A labor operation on a claim; see {@link ClaimLaborOpSchema}. */
export type ClaimLaborOp = z.output<typeof ClaimLaborOpSchema>;

/**
 * A part claimed (索赔配件): `partNumber` · `description` · `quantity` · `unitPrice` 索赔单价 · `amount` ·
 * `isCausal` 主损件.
 *
 * @example
 * ClaimPartSchema.parse({ partNumber: '5Q0615123A', quantity: '1', unitPrice: '1260.00', isCausal: true });
 */
export const ClaimPartSchema = z.strictObject({
  partNumber: idSchema,
  description: textSchema.optional(),
  quantity: nonNegativeDecimalSchema,
  unitPrice: nonNegativeDecimalSchema,
  amount: nonNegativeDecimalSchema.optional(),
  isCausal: z.boolean().optional(),
});

/** A part on a claim; see {@link ClaimPartSchema}. */
export type ClaimPart = z.output<typeof ClaimPartSchema>;

/**
 * The amounts claimed (索赔金额): `labor` 工时费 · `parts` 配件费 · `sublet` 外包费 · `other` 其他
 * (handling, travel) · `total` 合计, which must equal the sum of the others (absent ones count 0).
 *
 * @example
 * ClaimAmountsSchema.parse({ labor: '144.00', parts: '1260.00', total: '1404.00' });
 */
export const ClaimAmountsSchema = z
  .strictObject({
    labor: nonNegativeDecimalSchema,
    parts: nonNegativeDecimalSchema,
    sublet: nonNegativeDecimalSchema.optional(),
    other: nonNegativeDecimalSchema.optional(),
    total: nonNegativeDecimalSchema,
  })
  .superRefine((amounts, ctx) => {
    const sum = sumDecimals([amounts.labor, amounts.parts, amounts.sublet, amounts.other]);
    const comparison = compareDecimals(sum, amounts.total);
    if (comparison === undefined || comparison === 0) return;
    addInconsistency(
      ctx,
      ['total'],
      `total ${amounts.total} is not labor + parts + sublet + other (${sum})`,
      `合计 ${amounts.total} 不等于工时费、配件费、外包费与其他之和（${sum}）`,
    );
  }, onlyWhenValid);

/** The amounts of a claim; see {@link ClaimAmountsSchema}. */
export type ClaimAmounts = z.output<typeof ClaimAmountsSchema>;

/**
 * A carmaker's pre-authorization of a claim above the dealer's authority (超权限申报):
 * `number` 授权号 · `requestedAt` 申请时间 · `approvedAt` 批准时间.
 *
 * @example
 * PreAuthorizationSchema.parse({ number: 'PA-2024-00981', approvedAt: '2024-03-01T11:20:00+08:00' });
 */
export const PreAuthorizationSchema = z.strictObject({
  number: idSchema,
  requestedAt: instantSchema.optional(),
  approvedAt: instantSchema.optional(),
});

/** A pre-authorization; see {@link PreAuthorizationSchema}. */
export type PreAuthorization = z.output<typeof PreAuthorizationSchema>;

/**
 * The replaced part the carmaker may want back (旧件): `retained` 已保留 · `deadline` 回运截止日期
 * (present when the carmaker requires the return) · `shippedAt` 回运时间 · `shipmentNumber` 回运单号.
 *
 * @example
 * OldPartSchema.parse({ retained: true, deadline: '2024-03-31', shippedAt: '2024-03-10T16:00:00+08:00' });
 */
export const OldPartSchema = z.strictObject({
  retained: z.boolean(),
  deadline: calendarDateSchema.optional(),
  shippedAt: instantSchema.optional(),
  shipmentNumber: idSchema.optional(),
});

/** The old part of a claim; see {@link OldPartSchema}. */
export type OldPart = z.output<typeof OldPartSchema>;

/**
 * A warranty claim (索赔单) from a dealer to the carmaker.
 *
 * Fields: `id` · `dealerId` · `vin` · `roId` 工单 · `claimNumber` 索赔单号 (the carmaker's, once
 * submitted) · `repairDate` 维修日期 · `repairCompletedAt` 完工时间 · `odometerKm` 维修里程 · `failureCode`
 * 故障代码 · `causalPartNumber` 主损件编号 · `description` 故障描述 · `laborOps` 索赔工时 · `parts` 索赔配件
 * (lists default to empty) · `amounts` 索赔金额 · `currency` (default CNY) · `status` 状态 · `submittedAt`
 * 首次提交时间 · `submissionCount` 提交次数 (absent: unknown; 1 = first pass) · `adjudicatedAt` 审核时间 ·
 * `approvedAmount` 批准金额 · `rejectionReason` 拒赔原因 · `paidAt` 结算时间 · `paidAmount` 结算金额 ·
 * `chargedBackAt` 扣款时间 · `chargedBackAmount` 扣款金额 · `preAuthorization` 超权限申报 · `oldPart` 旧件 ·
 * `warrantyAdminId` 索赔员 · `extensions`.
 *
 * Checks: `amounts.total` is the sum of the other amounts; a claim with `submittedAt` has been
 * submitted at least once; adjudicated and paid not before first submitted.
 *
 * @example
 * const claim = parseRecord(WarrantyClaimSchema, exampleRecords.warrantyClaim);
 */
export const WarrantyClaimSchema = z
  .strictObject({
    id: idSchema,
    dealerId: idSchema,
    vin: vinSchema,
    roId: idSchema,
    claimNumber: idSchema.optional(),
    repairDate: calendarDateSchema,
    repairCompletedAt: instantSchema.optional(),
    odometerKm: kilometresSchema,
    failureCode: idSchema.optional(),
    causalPartNumber: idSchema.optional(),
    description: textSchema.optional(),
    laborOps: z.array(ClaimLaborOpSchema).default([]),
    parts: z.array(ClaimPartSchema).default([]),
    amounts: ClaimAmountsSchema,
    currency: currencyCodeSchema,
    status: warrantyClaimStatusSchema,
    submittedAt: instantSchema.optional(),
    submissionCount: z.number().int().min(0).max(1000).optional(),
    adjudicatedAt: instantSchema.optional(),
    approvedAmount: nonNegativeDecimalSchema.optional(),
    rejectionReason: textSchema.optional(),
    paidAt: instantSchema.optional(),
    paidAmount: nonNegativeDecimalSchema.optional(),
    chargedBackAt: instantSchema.optional(),
    chargedBackAmount: nonNegativeDecimalSchema.optional(),
    preAuthorization: PreAuthorizationSchema.optional(),
    oldPart: OldPartSchema.optional(),
    warrantyAdminId: idSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.submittedAt !== undefined && claim.submissionCount === 0) {
      addInconsistency(
        ctx,
        ['submissionCount'],
        'the claim has a submission time but a submission count of 0',
        '索赔单有提交时间，但提交次数为 0',
      );
    }
    checkInstantOrder(ctx, claim, [
      [
        { key: 'submittedAt', en: 'first submitted', zh: '首次提交' },
        { key: 'adjudicatedAt', en: 'adjudicated', zh: '审核' },
      ],
      [
        { key: 'submittedAt', en: 'first submitted', zh: '首次提交' },
        { key: 'paidAt', en: 'paid', zh: '结算' },
      ],
    ]);
  }, onlyWhenValid);

/** A warranty claim as validated; see {@link WarrantyClaimSchema}. */
export type WarrantyClaim = z.output<typeof WarrantyClaimSchema>;
/** A warranty claim as accepted (amounts may be JSON numbers; lists may be absent). */
export type WarrantyClaimInput = z.input<typeof WarrantyClaimSchema>;
