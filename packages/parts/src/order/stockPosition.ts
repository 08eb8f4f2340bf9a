import {
  calendarDateSchema,
  currencyCodeSchema,
  decimalStringSchema,
  idSchema,
  nonNegativeDecimalSchema,
  shortTextSchema,
} from '@aftersales/core';
import { z } from 'zod';

/**
 * Where a part's stock stands when an order is planned (库存状态), one row per part.
 *
 * Fields: `partNumber` 配件编号 · `onHand` 在库数量 (signed: a DMS that issued before receiving can
 * hold negative book stock) · `onOrder` 在途数量 (ordered, not received; default 0) · `reserved`
 * 预留数量 (promised to open ROs, not yet issued; default 0) · `unitCost` 成本单价 (else the parts
 * master's cost) · `currency` (default CNY) · `leadTimeDays` 到货周期 (else the policy's) · `stocked`
 * 是否常备件 (absent: the phase-in rule decides) · `lastIssuedOn` / `firstReceivedOn` (from the DMS,
 * for dates older than the movements read) · `warehouse` · `dealerId`.
 *
 * The inventory position the order rule compares with the reorder point is
 * `onHand + onOrder − reserved`.
 *
 * @example
 * StockPositionSchema.parse({ partNumber: 'G052195M4', onHand: '187.5', onOrder: '0', reserved: '9', unitCost: '62.00' });
 */
export const StockPositionSchema = z.strictObject({
  partNumber: idSchema,
  onHand: decimalStringSchema,
  onOrder: nonNegativeDecimalSchema.default('0'),
  reserved: nonNegativeDecimalSchema.default('0'),
  unitCost: nonNegativeDecimalSchema.optional(),
  currency: currencyCodeSchema,
  leadTimeDays: z.number().int().min(0).max(3650).optional(),
  stocked: z.boolean().optional(),
  lastIssuedOn: calendarDateSchema.optional(),
  firstReceivedOn: calendarDateSchema.optional(),
  warehouse: shortTextSchema.optional(),
  dealerId: idSchema.optional(),
});

/** A stock position as validated; see {@link StockPositionSchema}. */
export type StockPosition = z.output<typeof StockPositionSchema>;
/** A stock position as accepted (quantities may be JSON numbers; defaulted fields may be absent). */
export type StockPositionInput = z.input<typeof StockPositionSchema>;
