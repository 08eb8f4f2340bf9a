import { StockMovementSchema, stockMovementTypeSchema } from '@aftersales/core';
import {
  currencyOk,
  isDecimal,
  isId,
  isNonNegative,
  isOptionalId,
  isOptionalInstant,
  isOptionalNonNegative,
  isOptionalText,
  signOf,
} from './fastChecks';
import { fields, type KindSpec } from './fieldSpec';

const DIRECTION: Readonly<Record<string, number>> = {
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

/** Internal: stock movements (出入库明细), one {@link StockMovementSchema} record per row. */
export const stockMovementsSpec: KindSpec = {
  kind: 'stockMovements',
  schema: StockMovementSchema,
  fields: fields([
    ['id', 'id', true],
    ['partNumber', 'id', true],
    ['type', 'code', true, stockMovementTypeSchema.options],
    ['quantity', 'decimal', true],
    ['unitCost', 'decimal', true],
    ['unitPrice', 'decimal'],
    ['currency', 'currency'],
    ['occurredAt', 'instant', true],
    ['roId', 'id'],
    ['warehouse', 'text'],
    ['counterparty', 'text'],
    ['reference', 'id'],
  ]),
  fastCheck: (r) => {
    if (!isId(r.id) || !isId(r.partNumber) || !isDecimal(r.quantity)) return false;
    const direction = DIRECTION[r.type as string];
    const sign = signOf(r.quantity);
    if (direction === undefined || sign === 0 || (direction !== 0 && sign !== direction)) return false;
    if (r.roId === undefined && (r.type === 'issue_ro' || r.type === 'return_from_ro')) return false;
    return (
      isNonNegative(r.unitCost) &&
      isOptionalNonNegative(r.unitPrice) &&
      typeof r.occurredAt === 'string' &&
      isOptionalInstant(r.occurredAt) &&
      isOptionalId(r.roId) &&
      isOptionalText(r.warehouse, 200) &&
      isOptionalText(r.counterparty, 200) &&
      isOptionalId(r.reference) &&
      currencyOk(r)
    );
  },
};
