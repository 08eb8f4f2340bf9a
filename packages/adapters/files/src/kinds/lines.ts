import {
  idSchema,
  jobAuthorizationSchema,
  LaborLineSchema,
  PartLineSchema,
  partSourceSchema,
  payTypeDetailSchema,
  payTypeSchema,
  textSchema,
} from '@aftersales/core';
import { z } from 'zod';
import {
  isId,
  isNonNegative,
  isOptionalId,
  isOptionalInstant,
  isOptionalNonNegative,
  isOptionalText,
} from './fastChecks';
import { fields, type KindSpec } from './fieldSpec';

/**
 * Internal: labor and part lines (工时明细 / 配件明细). A row is a line plus the keys that place it:
 * `roNumber` (which RO: required), `jobId` (which job of the RO: optional) and `concern` (the
 * job's customer concern, when the export carries it), and for labor lines the job's
 * `jobAuthorization`. {@link assembleRepairOrders} uses them to build the jobs.
 */
const KEYS = new Set(['roNumber', 'jobId', 'concern', 'jobAuthorization']);

/** A labor line as read from a line file, with the keys that place it on its RO. */
export const LaborLineRowSchema = z.strictObject({
  roNumber: idSchema,
  jobId: idSchema.optional(),
  concern: textSchema.optional(),
  jobAuthorization: jobAuthorizationSchema.optional(),
  line: LaborLineSchema,
});

/** A part line as read from a line file, with the keys that place it on its RO. */
export const PartLineRowSchema = z.strictObject({
  roNumber: idSchema,
  jobId: idSchema.optional(),
  concern: textSchema.optional(),
  line: PartLineSchema,
});

/** A detail that contradicts its pay type is left to zod (it words the inconsistency). */
const detailAgrees = (line: Record<string, unknown>): boolean =>
  line.payTypeDetail === undefined ||
  line.payTypeDetail === 'sublet' ||
  (line.payTypeDetail === 'manufacturer' && line.payType === 'W') ||
  (line.payTypeDetail === 'dealer' && line.payType === 'I');

const keysOk = (r: Record<string, unknown>): boolean =>
  isId(r.roNumber) && isOptionalId(r.jobId) && isOptionalText(r.concern, 4000);

export const laborLinesSpec: KindSpec = {
  kind: 'laborLines',
  schema: LaborLineRowSchema,
  wrapper: 'line',
  fields: fields(
    [
      ['roNumber', 'id', true],
      ['jobId', 'id'],
      ['concern', 'text'],
      ['jobAuthorization', 'code', false, jobAuthorizationSchema.options],
      ['id', 'id', true],
      ['opCode', 'id', true],
      ['description', 'text', true],
      ['standardHours', 'decimal'],
      ['soldHours', 'decimal', true],
      ['clockedHours', 'decimal'],
      ['technicianId', 'id'],
      ['payType', 'code', true, payTypeSchema.options],
      ['payTypeDetail', 'code', false, payTypeDetailSchema.options],
      ['authorization', 'code', false, jobAuthorizationSchema.options],
      ['authorizationNote', 'text'],
      ['laborRate', 'decimal'],
      ['laborAmount', 'decimal'],
      ['laborCost', 'decimal'],
      ['startedAt', 'instant'],
      ['completedAt', 'instant'],
    ],
    ['line'],
    KEYS,
  ),
  fastCheck: (r) => {
    const line = r.line as Record<string, unknown> | undefined;
    if (line === undefined || !keysOk(r)) return false;
    return (
      isId(line.id) &&
      isId(line.opCode) &&
      line.description !== undefined &&
      isOptionalText(line.description, 4000) &&
      isOptionalNonNegative(line.standardHours) &&
      isNonNegative(line.soldHours) &&
      isOptionalNonNegative(line.clockedHours) &&
      isOptionalId(line.technicianId) &&
      line.payType !== undefined &&
      detailAgrees(line) &&
      isOptionalText(line.authorizationNote, 4000) &&
      isOptionalNonNegative(line.laborRate) &&
      isOptionalNonNegative(line.laborAmount) &&
      isOptionalNonNegative(line.laborCost) &&
      // Instant order is zod's: only lines with at most one of the two instants pass here.
      (line.startedAt === undefined || line.completedAt === undefined) &&
      isOptionalInstant(line.startedAt) &&
      isOptionalInstant(line.completedAt)
    );
  },
};

export const partLinesSpec: KindSpec = {
  kind: 'partLines',
  schema: PartLineRowSchema,
  wrapper: 'line',
  fields: fields(
    [
      ['roNumber', 'id', true],
      ['jobId', 'id'],
      ['concern', 'text'],
      ['id', 'id', true],
      ['partNumber', 'id', true],
      ['description', 'text', true],
      ['quantity', 'decimal', true],
      ['unit', 'text', true],
      ['unitPrice', 'decimal', true],
      ['unitCost', 'decimal'],
      ['amount', 'decimal'],
      ['source', 'code', true, partSourceSchema.options],
      ['payType', 'code', true, payTypeSchema.options],
      ['payTypeDetail', 'code', false, payTypeDetailSchema.options],
      ['warrantyClaimId', 'id'],
      ['issuedAt', 'instant'],
    ],
    ['line'],
    KEYS,
  ),
  fastCheck: (r) => {
    const line = r.line as Record<string, unknown> | undefined;
    if (line === undefined || !keysOk(r)) return false;
    return (
      isId(line.id) &&
      isId(line.partNumber) &&
      line.description !== undefined &&
      isOptionalText(line.description, 4000) &&
      isNonNegative(line.quantity) &&
      line.unit !== undefined &&
      isOptionalText(line.unit, 200) &&
      isNonNegative(line.unitPrice) &&
      isOptionalNonNegative(line.unitCost) &&
      isOptionalNonNegative(line.amount) &&
      line.source !== undefined &&
      line.payType !== undefined &&
      detailAgrees(line) &&
      isOptionalId(line.warrantyClaimId) &&
      isOptionalInstant(line.issuedAt)
    );
  },
};
