import {
  chargeKindSchema,
  idSchema,
  payTypeDetailSchema,
  payTypeSchema,
  RepairOrderChargeSchema,
  SubletLineSchema,
  textSchema,
} from '@aftersales/core';
import { z } from 'zod';
import { fields, type KindSpec } from './fieldSpec';

/**
 * Internal: RO sublet lines (外包明细) and RO-level charges (其他费用), each row keyed by its RO
 * number like labor and part lines; a sublet line may also name its job (`jobId`, `concern`).
 * {@link assembleRepairOrders} puts them on their RO. Few rows per RO: validated by zod only.
 */
const KEYS = new Set(['roNumber', 'jobId', 'concern']);
const RO_NUMBER = new Set(['roNumber']);

/** A sublet line as read from a line file, with the keys that place it on its RO. */
export const SubletLineRowSchema = z.strictObject({
  roNumber: idSchema,
  jobId: idSchema.optional(),
  concern: textSchema.optional(),
  line: SubletLineSchema,
});

/** An RO-level charge as read from a charge file, with the RO number it belongs to. */
export const RepairOrderChargeRowSchema = z.strictObject({
  roNumber: idSchema,
  line: RepairOrderChargeSchema,
});

export const subletLinesSpec: KindSpec = {
  kind: 'subletLines',
  schema: SubletLineRowSchema,
  wrapper: 'line',
  fields: fields(
    [
      ['roNumber', 'id', true],
      ['jobId', 'id'],
      ['concern', 'text'],
      ['id', 'id', true],
      ['description', 'text', true],
      ['vendorId', 'id'],
      ['vendorName', 'text'],
      ['vendorInvoiceNumber', 'id'],
      ['amount', 'decimal', true],
      ['cost', 'decimal'],
      ['payType', 'code', true, payTypeSchema.options],
      ['payTypeDetail', 'code', false, payTypeDetailSchema.options],
      ['completedAt', 'instant'],
    ],
    ['line'],
    KEYS,
  ),
};

export const roChargesSpec: KindSpec = {
  kind: 'roCharges',
  schema: RepairOrderChargeRowSchema,
  wrapper: 'line',
  fields: fields(
    [
      ['roNumber', 'id', true],
      ['id', 'id', true],
      ['kind', 'code', true, chargeKindSchema.options],
      ['description', 'text'],
      ['amount', 'decimal', true],
      ['payType', 'code', true, payTypeSchema.options],
      ['payTypeDetail', 'code', false, payTypeDetailSchema.options],
    ],
    ['line'],
    RO_NUMBER,
  ),
};
