import { parseWhicheverFirstPeriod, type WhicheverFirstPeriod } from '@aftersales/core';
import { z } from 'zod';

// A century of days or months, and the odometer's own ceiling: beyond these a limit is a typo.
const days = z.number().int().min(0).max(36_500);
const months = z.number().int().min(0).max(1_200);
const km = z.number().int().min(0).max(5_000_000);

/**
 * A "whichever comes first" period in a policy: `days` or `months`, and/or `km` (integers ≥ 0).
 * Checked by core's `parseWhicheverFirstPeriod` rules: at least one limit, not both days and months.
 *
 * @example
 * periodSchema.parse({ months: 36, km: 100_000 });
 */
export const periodSchema = z
  .strictObject({ days: days.optional(), months: months.optional(), km: km.optional() })
  .superRefine((period, ctx) => {
    if (period.days === undefined && period.months === undefined && period.km === undefined) {
      ctx.addIssue({
        code: 'custom',
        params: {
          code: 'time.invalid_period',
          reason: 'give at least one limit: days, months or km',
          reasonZh: '至少应给出一个限值：days、months 或 km',
        },
      });
    }
    if (period.days !== undefined && period.months !== undefined) {
      ctx.addIssue({
        code: 'custom',
        params: {
          code: 'time.invalid_period',
          reason: 'give days or months, not both',
          reasonZh: 'days 与 months 只能给出其一',
        },
      });
    }
  })
  .transform((period): WhicheverFirstPeriod => parseWhicheverFirstPeriod(period));
