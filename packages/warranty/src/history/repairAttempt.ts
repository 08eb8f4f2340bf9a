import {
  extensionsSchema,
  idSchema,
  instantSchema,
  kilometresSchema,
  nonNegativeDecimalSchema,
  vehicleSystemSchema,
  vinSchema,
} from '@aftersales/core';
import { z } from 'zod';
import { repairCauseSchema } from './repairCause';

/**
 * The assemblies the replacement and return rules count replacements of: the four of 三包 2021
 * Art. 22 (`engine` 发动机, `transmission` 变速器, `traction_battery` 动力蓄电池, `drive_motor` 行驶驱动电机)
 * and the systems Art. 24(3) adds (`steering` 转向系统, `brakes` 制动系统, `suspension` 悬架系统,
 * `drivetrain` 传动系统, `emission` 污染控制装置, `body` 车身); the 2013 rules name `front_axle` 前桥 and
 * `rear_axle` 后桥 instead of the drivetrain and the emission-control device.
 *
 * @example
 * assemblySchema.parse('drive_motor');
 */
export const assemblySchema = z.enum([
  'engine',
  'transmission',
  'traction_battery',
  'drive_motor',
  'steering',
  'brakes',
  'suspension',
  'drivetrain',
  'emission',
  'body',
  'front_axle',
  'rear_axle',
]);

/** An assembly the 三包 rules count; see {@link assemblySchema}. */
export type Assembly = z.output<typeof assemblySchema>;

/**
 * The failures that give a free replacement or return within 60 days or 3,000 km (三包 2021
 * Art. 23): `steering_failure` 转向系统失效 · `braking_failure` 制动系统失效 · `body_cracking` 车身开裂 ·
 * `fuel_leakage` 燃油泄漏 · `battery_fire` 动力蓄电池起火 (2021 only).
 *
 * @example
 * severeFailureSchema.parse('braking_failure');
 */
export const severeFailureSchema = z.enum([
  'steering_failure',
  'braking_failure',
  'body_cracking',
  'fuel_leakage',
  'battery_fire',
]);

/** A failure of the 60-day list; see {@link severeFailureSchema}. */
export type SevereFailure = z.output<typeof severeFailureSchema>;

/**
 * Time that does not count toward the cumulative repair time (三包 2021 Art. 24):
 * `special_order_part_transport` 按VIN订制的防盗系统、全车主线束等特殊零部件的运输时间 ·
 * `traction_battery_transport` 动力蓄电池的运输时间 · `rescue_travel` 外出救援路途所占用的时间.
 *
 * @example
 * excludedTimeReasonSchema.parse('rescue_travel');
 */
export const excludedTimeReasonSchema = z.enum([
  'special_order_part_transport',
  'traction_battery_transport',
  'rescue_travel',
]);

/** Why time is left out of the cumulative repair time; see {@link excludedTimeReasonSchema}. */
export type ExcludedTimeReason = z.output<typeof excludedTimeReasonSchema>;

/**
 * An assembly or one of its main parts replaced during a repair (更换总成 / 更换主要零部件):
 * `assembly` · `level` (`assembly` the whole assembly, `main_part` one of its main parts) · `mainPart`
 * which main part (its name or part group: "the same main part" is compared by it).
 *
 * @example
 * ReplacementSchema.parse({ assembly: 'transmission', level: 'main_part', mainPart: 'valve-body' });
 */
export const ReplacementSchema = z.strictObject({
  assembly: assemblySchema,
  level: z.enum(['assembly', 'main_part']),
  mainPart: idSchema.optional(),
});

/** A replacement made during a repair; see {@link ReplacementSchema}. */
export type Replacement = z.output<typeof ReplacementSchema>;

/**
 * One repair of a vehicle, as the replacement, return and lemon-law rules read it (from the repair
 * record the seller keeps, 三包 2021 Art. 17).
 *
 * Fields: `roId` 工单 · `vin` · `agreedAt` when the repair was agreed (修理开始, Art. 40: the repair
 * time runs from here) · `finishedAt` 修理完成 (absent: still in the workshop) · `odometerKm` 进厂里程 ·
 * `problem` the quality problem, as a failure code or key ("the same problem" compares it) ·
 * `system` 维修系统 · `cause` 故障原因 (default `quality`) · `isSeriousSafetyFault` 严重安全性能故障
 * (Art. 40; default false) · `severeFailure` a failure of the 60-day list (Art. 23) · `replaced`
 * assemblies and main parts replaced (default none) · `resolved` usable again after the repair
 * (default true) · `excludedTime` hours not counted toward the cumulative repair time (Art. 24) ·
 * `manufacturerNotified` the buyer notified the carmaker directly (California §1793.22(b)) ·
 * `extensions`.
 *
 * Checks: `finishedAt` is not before `agreedAt`.
 *
 * @example
 * RepairAttemptSchema.parse({
 *   roId: 'RO-2024-0131', vin: 'LSVAU2187N2123456', agreedAt: '2024-03-05T09:00:00+08:00',
 *   finishedAt: '2024-03-07T17:30:00+08:00', odometerKm: 1_850, problem: 'P0A80', system: 'traction_battery',
 *   replaced: [{ assembly: 'traction_battery', level: 'main_part', mainPart: 'cell-module' }],
 * });
 */
export const RepairAttemptSchema = z
  .strictObject({
    roId: idSchema,
    vin: vinSchema,
    agreedAt: instantSchema,
    finishedAt: instantSchema.optional(),
    odometerKm: kilometresSchema,
    problem: idSchema,
    system: vehicleSystemSchema,
    cause: repairCauseSchema.default('quality'),
    isSeriousSafetyFault: z.boolean().default(false),
    severeFailure: severeFailureSchema.optional(),
    replaced: z.array(ReplacementSchema).default([]),
    resolved: z.boolean().default(true),
    excludedTime: z
      .array(z.strictObject({ reason: excludedTimeReasonSchema, hours: nonNegativeDecimalSchema }))
      .default([]),
    manufacturerNotified: z.boolean().optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((repair, ctx) => {
    if (repair.finishedAt === undefined) return;
    if (Date.parse(repair.finishedAt) < Date.parse(repair.agreedAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['finishedAt'],
        params: {
          code: 'input.inconsistent',
          reason: 'the repair finishes before it was agreed',
          reasonZh: '修理完成时间早于修理开始时间',
        },
      });
    }
  });

/** One repair of a vehicle as validated; see {@link RepairAttemptSchema}. */
export type RepairAttempt = z.output<typeof RepairAttemptSchema>;
/** One repair as accepted (defaults may be absent). */
export type RepairAttemptInput = z.input<typeof RepairAttemptSchema>;
