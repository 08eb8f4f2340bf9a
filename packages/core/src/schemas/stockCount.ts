import { z } from 'zod';
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
 * One line of a stocktake (盘点): the book and counted quantity of one part in one count. A count
 * (`countId`, 盘点单号) has one line per part and warehouse.
 *
 * Fields: `countId` 盘点单号 · `partNumber` 配件编号 · `warehouse` 仓库 · `bin` 库位 · `bookQuantity`
 * 账面数量 (signed: a DMS that issued before receiving can hold negative book stock) ·
 * `countedQuantity` 实盘数量 · `unitCost` 成本单价 · `currency` (default CNY) · `countedAt` 盘点时间 ·
 * `counterId` 盘点人 · `extensions`. 盘盈 (gain) is counted > book, 盘亏 (loss) counted < book.
 *
 * @example
 * StockCountSchema.parse({
 *   countId: 'CNT-2024Q1', partNumber: 'G052195M4', bookQuantity: '187.5', countedQuantity: '186',
 *   unitCost: '62.00', countedAt: '2024-03-31T17:00:00+08:00',
 * });
 */
export const StockCountSchema = z.strictObject({
  countId: idSchema,
  partNumber: idSchema,
  warehouse: shortTextSchema.optional(),
  bin: shortTextSchema.optional(),
  bookQuantity: decimalStringSchema,
  countedQuantity: nonNegativeDecimalSchema,
  unitCost: nonNegativeDecimalSchema,
  currency: currencyCodeSchema,
  countedAt: instantSchema,
  counterId: idSchema.optional(),
  extensions: extensionsSchema.optional(),
});

/** A stocktake line as validated; see {@link StockCountSchema}. */
export type StockCount = z.output<typeof StockCountSchema>;
/** A stocktake line as accepted. */
export type StockCountInput = z.input<typeof StockCountSchema>;
