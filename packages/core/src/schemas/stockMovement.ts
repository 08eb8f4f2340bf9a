import { z } from 'zod';
import { addInconsistency, decimalSign, onlyWhenValid } from './checks';
import {
  currencyCodeSchema,
  decimalStringSchema,
  extensionsSchema,
  idSchema,
  instantSchema,
  nonNegativeDecimalSchema,
  shortTextSchema,
} from './primitives';

/**
 * The kind of a stock movement (出入库类型) and the direction it moves stock:
 *
 * | type | 中文 | quantity |
 * | --- | --- | --- |
 * | `receipt` | 采购入库 | > 0 |
 * | `return_from_customer` | 客户退货 (counter sale returned) | > 0 |
 * | `return_from_ro` | 维修退料 (issued to an RO, not used) | > 0 |
 * | `transfer_in` | 调拨入库 | > 0 |
 * | `issue_ro` | 维修出库 | < 0 |
 * | `counter_sale` | 柜台销售 | < 0 |
 * | `return_to_supplier` | 退供应商 | < 0 |
 * | `transfer_out` | 调拨出库 | < 0 |
 * | `adjustment` | 库存调整 | either sign |
 * | `stocktake_adjustment` | 盘点调整 (盘盈 > 0, 盘亏 < 0) | either sign |
 *
 * @example
 * stockMovementTypeSchema.parse('issue_ro');
 */
export const stockMovementTypeSchema = z.enum([
  'receipt',
  'return_from_customer',
  'return_from_ro',
  'transfer_in',
  'issue_ro',
  'counter_sale',
  'return_to_supplier',
  'transfer_out',
  'adjustment',
  'stocktake_adjustment',
]);

/** The kind of a stock movement; see {@link stockMovementTypeSchema}. */
export type StockMovementType = z.output<typeof stockMovementTypeSchema>;

/** The sign a movement type's quantity must have (`0`: either). */
const DIRECTION: Readonly<Record<StockMovementType, -1 | 0 | 1>> = {
  receipt: 1,
  return_from_customer: 1,
  return_from_ro: 1,
  transfer_in: 1,
  issue_ro: -1,
  counter_sale: -1,
  return_to_supplier: -1,
  transfer_out: -1,
  adjustment: 0,
  stocktake_adjustment: 0,
};

/**
 * One stock movement (出库 / 入库) of one part.
 *
 * `quantity` is **signed**: positive moves stock in, negative moves it out, so that the sum of a
 * part's movements is its stock change. The sign must agree with `type` (see
 * {@link stockMovementTypeSchema}); a movement of zero is rejected.
 *
 * Fields: `id` · `partNumber` 配件编号 · `type` 类型 · `quantity` 数量 (signed decimal string) ·
 * `unitCost` 成本单价 · `unitPrice` 销售单价 (for sales and RO issues) · `currency` (default CNY) ·
 * `occurredAt` 发生时间 · `roId` 工单 (required for `issue_ro` and `return_from_ro`) · `warehouse` 仓库 ·
 * `counterparty` 供应商 / 对方仓库 · `reference` 单据号 · `extensions`.
 *
 * @example
 * StockMovementSchema.parse({
 *   id: 'MV-2024-031501', partNumber: 'G052195M4', type: 'issue_ro', quantity: '-4.5', unitCost: '62.00',
 *   occurredAt: '2024-03-01T09:45:00+08:00', roId: 'RO-2024-000817',
 * });
 */
export const StockMovementSchema = z
  .strictObject({
    id: idSchema,
    partNumber: idSchema,
    type: stockMovementTypeSchema,
    quantity: decimalStringSchema,
    unitCost: nonNegativeDecimalSchema,
    unitPrice: nonNegativeDecimalSchema.optional(),
    currency: currencyCodeSchema,
    occurredAt: instantSchema,
    roId: idSchema.optional(),
    warehouse: shortTextSchema.optional(),
    counterparty: shortTextSchema.optional(),
    reference: idSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((movement, ctx) => {
    const sign = decimalSign(movement.quantity);
    const direction = DIRECTION[movement.type];
    if (sign === 0) {
      addInconsistency(ctx, ['quantity'], 'a movement of zero moves nothing', '出入库数量为零');
    } else if (sign !== undefined && direction !== undefined && direction !== 0 && sign !== direction) {
      addInconsistency(
        ctx,
        ['quantity'],
        `${movement.type} moves stock ${direction > 0 ? 'in: quantity must be positive' : 'out: quantity must be negative'}`,
        `${movement.type} 为${direction > 0 ? '入库，数量应为正数' : '出库，数量应为负数'}`,
      );
    }
    if ((movement.type === 'issue_ro' || movement.type === 'return_from_ro') && movement.roId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['roId'], params: { code: 'input.required' } });
    }
  }, onlyWhenValid);

/** A stock movement as validated; see {@link StockMovementSchema}. */
export type StockMovement = z.output<typeof StockMovementSchema>;
/** A stock movement as accepted (quantities and costs may be JSON numbers). */
export type StockMovementInput = z.input<typeof StockMovementSchema>;
