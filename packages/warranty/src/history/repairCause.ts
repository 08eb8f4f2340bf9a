import { z } from 'zod';

/**
 * Why a part failed, as the workshop found it. It decides whether a warranty can apply at all:
 *
 * - `quality` 产品质量问题: a defect of the product (the default);
 * - `wear` 正常磨损: normal wear of a wear item;
 * - `accident` 事故损伤: collision or other accident damage;
 * - `misuse` 未按说明书使用、维护、保养: not used, maintained or serviced as the manual or the
 *   certificate requires (三包 2021 Art. 32(2));
 * - `modification` 擅自改装、调整、拆卸: a modification, adjustment or disassembly the manual forbids
 *   (Art. 32(3));
 * - `mishandling` 发现问题后处置不当: the customer made a problem worse by not acting on it (Art. 32(4));
 * - `force_majeure` 不可抗力 (Art. 32(5));
 * - `disclosed_defect` 购买时已书面告知的瑕疵 (Art. 32(1));
 * - `external` 外部原因: fuel, road salt, a third party's work: outside any product warranty.
 *
 * @example
 * repairCauseSchema.parse('modification');
 */
export const repairCauseSchema = z.enum([
  'quality',
  'wear',
  'accident',
  'misuse',
  'modification',
  'mishandling',
  'force_majeure',
  'disclosed_defect',
  'external',
]);

/** Why a part failed; see {@link repairCauseSchema}. */
export type RepairCause = z.output<typeof repairCauseSchema>;
