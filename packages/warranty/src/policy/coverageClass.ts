import { z } from 'zod';

/**
 * The kinds of coverage a carmaker's warranty is made of: `basic` 整车保修 · `powertrain` 动力总成 ·
 * `wear` 易损件 · `corrosion` 车身防腐（锈穿）· `emissions` 排放控制 · `traction_battery` 动力蓄电池 ·
 * `drive_motor` 驱动电机 · `nev_system` 三电系统（电控等）· `paint` 漆面 · `accessories` 原厂精品 ·
 * `other`.
 *
 * @example
 * coverageClassSchema.parse('powertrain');
 */
export const coverageClassSchema = z.enum([
  'basic',
  'powertrain',
  'wear',
  'corrosion',
  'emissions',
  'traction_battery',
  'drive_motor',
  'nev_system',
  'paint',
  'accessories',
  'other',
]);

/** A kind of coverage; see {@link coverageClassSchema}. */
export type CoverageClass = z.output<typeof coverageClassSchema>;
