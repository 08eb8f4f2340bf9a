import { z } from 'zod';
import { addInconsistency, isWholeDecimal, onlyWhenValid } from './checks';
import {
  currencyCodeSchema,
  extensionsSchema,
  idSchema,
  nonNegativeDecimalSchema,
  positiveDecimalSchema,
  shortTextSchema,
} from './primitives';

/**
 * Where a part came from: `oem` 纯正件 (through the carmaker's parts channel), `outsourced` 外采件
 * (bought outside it; tracked, and its quality confirmed by the parts manager) or
 * `customer_supplied` 客户自带件 (brought by the customer: fitted, not sold, usually at zero price).
 *
 * @example
 * partSourceSchema.parse('outsourced');
 */
export const partSourceSchema = z.enum(['oem', 'outsourced', 'customer_supplied']);

/** Where a part was bought; see {@link partSourceSchema}. */
export type PartSource = z.output<typeof partSourceSchema>;

/**
 * ABC class of a part (ABC 分类) by its share of issue value: `A` the few that make most of it,
 * `C` the many that make little.
 *
 * @example
 * abcClassSchema.parse('A');
 */
export const abcClassSchema = z.enum(['A', 'B', 'C']);

/** ABC class of a part; see {@link abcClassSchema}. */
export type AbcClass = z.output<typeof abcClassSchema>;

/**
 * A spare part (配件 / 备件) in a dealer's parts master.
 *
 * Fields: `partNumber` 配件编号 · `description` 配件名称 · `unit` 单位 (`个`, `L`, `套`…) ·
 * `allowsFractionalQuantity` 可拆零 (sold by the litre or metre; default false) · `price` 销售单价 ·
 * `cost` 成本单价 · `currency` 币种 (default CNY) · `source` 纯正件 / 外采件 · `supersededBy` 替代件编号 ·
 * `packSize` 包装数量 · `moq` 最小起订量 · `abcClass` ABC 分类 · `bin` 库位 · `isAccessory` 精品
 * (default false) · `dealerId` 经销商 (whose parts master) · `extensions` DMS-specific data.
 *
 * Checks: a part does not supersede itself; a part sold only in whole units has a whole
 * `packSize` and `moq`.
 *
 * @example
 * const oil = parseRecord(PartSchema, {
 *   partNumber: 'G052195M4', description: '全合成机油 5W-40（散装）', unit: 'L',
 *   allowsFractionalQuantity: true, price: '98.00', cost: '62.00', source: 'oem',
 * });
 */
export const PartSchema = z
  .strictObject({
    partNumber: idSchema,
    description: shortTextSchema,
    unit: shortTextSchema,
    allowsFractionalQuantity: z.boolean().default(false),
    price: nonNegativeDecimalSchema,
    cost: nonNegativeDecimalSchema.optional(),
    currency: currencyCodeSchema,
    source: partSourceSchema,
    supersededBy: idSchema.optional(),
    packSize: positiveDecimalSchema.optional(),
    moq: positiveDecimalSchema.optional(),
    abcClass: abcClassSchema.optional(),
    bin: shortTextSchema.optional(),
    isAccessory: z.boolean().default(false),
    dealerId: idSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((part, ctx) => {
    if (part.supersededBy !== undefined && part.supersededBy === part.partNumber) {
      addInconsistency(ctx, ['supersededBy'], 'a part cannot supersede itself', '配件不能被自身替代');
    }
    if (part.allowsFractionalQuantity) return;
    for (const key of ['packSize', 'moq'] as const) {
      const value = part[key];
      if (typeof value === 'string' && !isWholeDecimal(value)) {
        addInconsistency(
          ctx,
          [key],
          `${key} is fractional but the part is sold in whole units (allowsFractionalQuantity is false)`,
          `${key} 为小数，但该配件不可拆零`,
        );
      }
    }
  }, onlyWhenValid);

/** A spare part as validated; see {@link PartSchema}. */
export type Part = z.output<typeof PartSchema>;
/** A spare part as accepted (decimals may be numbers; defaulted fields may be absent). */
export type PartInput = z.input<typeof PartSchema>;
