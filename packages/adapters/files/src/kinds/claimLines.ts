import { ClaimLaborOpSchema, ClaimPartSchema, idSchema } from '@aftersales/core';
import { z } from 'zod';
import { isId, isNonNegative, isOptionalNonNegative, isOptionalText } from './fastChecks';
import { fields, type KindSpec } from './fieldSpec';

/**
 * Internal: the lines of warranty claims (索赔工时明细 / 索赔配件明细). A flat claim row cannot hold
 * its lists, so a DMS exports them as files of their own keyed by the claim number;
 * {@link assembleWarrantyClaims} puts them on their claims.
 */
const KEYS = new Set(['claimNumber']);

/** A claimed labor operation as read from a claim-line file, with the claim number it belongs to. */
export const ClaimLaborOpRowSchema = z.strictObject({ claimNumber: idSchema, line: ClaimLaborOpSchema });

/** A claimed part as read from a claim-line file, with the claim number it belongs to. */
export const ClaimPartRowSchema = z.strictObject({ claimNumber: idSchema, line: ClaimPartSchema });

export const claimLaborOpsSpec: KindSpec = {
  kind: 'claimLaborOps',
  schema: ClaimLaborOpRowSchema,
  wrapper: 'line',
  fields: fields(
    [
      ['claimNumber', 'id', true],
      ['opCode', 'id', true],
      ['description', 'text'],
      ['hours', 'decimal', true],
      ['laborRate', 'decimal'],
      ['amount', 'decimal'],
    ],
    ['line'],
    KEYS,
  ),
  fastCheck: (r) => {
    const line = r.line as Record<string, unknown> | undefined;
    if (line === undefined || !isId(r.claimNumber)) return false;
    return (
      isId(line.opCode) &&
      isOptionalText(line.description, 4000) &&
      isNonNegative(line.hours) &&
      isOptionalNonNegative(line.laborRate) &&
      isOptionalNonNegative(line.amount)
    );
  },
};

export const claimPartsSpec: KindSpec = {
  kind: 'claimParts',
  schema: ClaimPartRowSchema,
  wrapper: 'line',
  fields: fields(
    [
      ['claimNumber', 'id', true],
      ['partNumber', 'id', true],
      ['description', 'text'],
      ['quantity', 'decimal', true],
      ['unitPrice', 'decimal', true],
      ['amount', 'decimal'],
      ['isCausal', 'boolean'],
    ],
    ['line'],
    KEYS,
  ),
  fastCheck: (r) => {
    const line = r.line as Record<string, unknown> | undefined;
    if (line === undefined || !isId(r.claimNumber)) return false;
    return (
      isId(line.partNumber) &&
      isOptionalText(line.description, 4000) &&
      isNonNegative(line.quantity) &&
      isNonNegative(line.unitPrice) &&
      isOptionalNonNegative(line.amount) &&
      (line.isCausal === undefined || typeof line.isCausal === 'boolean')
    );
  },
};
