import { z } from 'zod';
import { addInconsistency, checkUniqueIds, onlyWhenValid } from './checks';
import { checkPayTypeDetail, payTypeDetailSchema, payTypeSchema } from './payType';
import { extensionsSchema, idSchema, instantSchema, shortTextSchema, textSchema } from './primitives';
import { jobAuthorizationSchema, repairOrderKindSchema, vehicleSystemSchema } from './repairOrderCodes';
import { LaborLineSchema, PartLineSchema, SubletLineSchema } from './repairOrderLines';

/**
 * The result of one inspection item (多项检查 / 环检 item; STAR `inspections`): `green` OK,
 * `yellow` needs attention soon, `red` needs work now.
 *
 * @example
 * InspectionSchema.parse({ item: 'CABIN_AIR_FILTER', result: 'red', finding: 'CLOGGED' });
 */
export const InspectionSchema = z.strictObject({
  item: shortTextSchema,
  result: z.enum(['green', 'yellow', 'red']),
  finding: textSchema.optional(),
  extensions: extensionsSchema.optional(),
});

/** One inspection item's result; see {@link InspectionSchema}. */
export type Inspection = z.output<typeof InspectionSchema>;

const NOT_DONE = new Set(['declined', 'deferred']);

/**
 * A job on a repair order (维修项目; STAR repair-order line item / service job): one customer
 * concern, its diagnosis and the lines that fix it.
 *
 * Fields: `id` 项目号 · `sequence` 序号 (STAR `sequential_line_identifier`, e.g. `'A'`) · `concern`
 * 客户描述 / 故障现象 · `cause` 故障原因 · `correction` 维修措施 (the three C's) · `system` 维修系统 ·
 * `kind` 维修类别 (absent: the RO's) · `authorization` 客户确认 · `authorizationNote` 确认说明 ·
 * `isAdditionalWork` 增项 (found during repair; needs the customer's approval; default false) ·
 * `approvedAt` 客户确认时间 · `payType` 付费类型 (the job's main payer; each line has its own) ·
 * `payTypeDetail` · `warrantyClaimId` 索赔单 · `inspections` 检查结果 · `laborLines` 工时 ·
 * `partLines` 配件 · `subletLines` 外包 (lists default to empty) · `extensions`.
 *
 * Checks: a line that the customer declined or deferred (its own `authorization`, else the job's)
 * has no `completedAt`; line ids are unique within each list; `payTypeDetail` agrees with `payType`.
 *
 * @example
 * RepairOrderJobSchema.parse({
 *   id: 'J2', concern: '低速制动时左前轮异响', system: 'brakes', authorization: 'approved', payType: 'W',
 *   laborLines: [{ id: 'L2', opCode: '46-1120', description: '更换左前制动卡钳', soldHours: '1.2', payType: 'W' }],
 * });
 */
export const RepairOrderJobSchema = z
  .strictObject({
    id: idSchema,
    sequence: z.string().min(1).max(20).optional(),
    concern: textSchema,
    cause: textSchema.optional(),
    correction: textSchema.optional(),
    system: vehicleSystemSchema.optional(),
    kind: repairOrderKindSchema.optional(),
    authorization: jobAuthorizationSchema,
    authorizationNote: textSchema.optional(),
    isAdditionalWork: z.boolean().default(false),
    approvedAt: instantSchema.optional(),
    payType: payTypeSchema,
    payTypeDetail: payTypeDetailSchema.optional(),
    warrantyClaimId: idSchema.optional(),
    inspections: z.array(InspectionSchema).default([]),
    laborLines: z.array(LaborLineSchema).default([]),
    partLines: z.array(PartLineSchema).default([]),
    subletLines: z.array(SubletLineSchema).default([]),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((job, ctx) => {
    checkPayTypeDetail(ctx, job);
    checkUniqueIds(ctx, job.laborLines, ['laborLines'], 'labor line', '工时行');
    checkUniqueIds(ctx, job.partLines, ['partLines'], 'part line', '配件行');
    checkUniqueIds(ctx, job.subletLines, ['subletLines'], 'sublet line', '外包行');
    const lines = Array.isArray(job.laborLines) ? job.laborLines : [];
    lines.forEach((line, index) => {
      if (typeof line !== 'object' || line === null) return;
      const authorization = line.authorization ?? job.authorization;
      if (!NOT_DONE.has(authorization) || line.completedAt === undefined) return;
      const whose = line.authorization === undefined ? 'the job' : 'the line';
      addInconsistency(
        ctx,
        ['laborLines', index, 'completedAt'],
        `the labor line is completed but ${whose} is ${authorization} by the customer`,
        `工时行已完工，但客户${authorization === 'declined' ? '已拒绝' : '已暂缓'}该${line.authorization === undefined ? '项目' : '工时'}`,
      );
    });
  }, onlyWhenValid);

/** A repair-order job as validated; see {@link RepairOrderJobSchema}. */
export type RepairOrderJob = z.output<typeof RepairOrderJobSchema>;
/** A repair-order job as accepted (line lists and `isAdditionalWork` may be absent). */
export type RepairOrderJobInput = z.input<typeof RepairOrderJobSchema>;
