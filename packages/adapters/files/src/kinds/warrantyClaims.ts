import { WarrantyClaimSchema, warrantyClaimStatusSchema } from '@aftersales/core';
import { fields, type KindSpec } from './fieldSpec';

/**
 * Internal: warranty claims (索赔单), one {@link WarrantyClaimSchema} record per row, header level:
 * the claimed labor operations and parts (`laborOps`, `parts`) are lists a flat row cannot hold,
 * so they stay empty (see the guide). Nested fields are named with a dot (`amounts.total`).
 * Validated by zod only: the claim's cross-field checks are not worth a second copy.
 */
export const warrantyClaimsSpec: KindSpec = {
  kind: 'warrantyClaims',
  schema: WarrantyClaimSchema,
  fields: fields([
    ['id', 'id', true],
    ['dealerId', 'id', true],
    ['vin', 'id', true],
    ['roId', 'id', true],
    ['claimNumber', 'id'],
    ['repairDate', 'date', true],
    ['repairCompletedAt', 'instant'],
    ['odometerKm', 'integer', true],
    ['failureCode', 'id'],
    ['causalPartNumber', 'id'],
    ['description', 'text'],
    ['amounts.labor', 'decimal', true],
    ['amounts.parts', 'decimal', true],
    ['amounts.sublet', 'decimal'],
    ['amounts.other', 'decimal'],
    ['amounts.total', 'decimal', true],
    ['currency', 'currency'],
    ['status', 'code', true, warrantyClaimStatusSchema.options],
    ['submittedAt', 'instant'],
    ['submissionCount', 'integer'],
    ['adjudicatedAt', 'instant'],
    ['approvedAmount', 'decimal'],
    ['rejectionReason', 'text'],
    ['paidAt', 'instant'],
    ['paidAmount', 'decimal'],
    ['chargedBackAt', 'instant'],
    ['chargedBackAmount', 'decimal'],
    ['preAuthorization.number', 'id'],
    ['preAuthorization.requestedAt', 'instant'],
    ['preAuthorization.approvedAt', 'instant'],
    ['oldPart.retained', 'boolean'],
    ['oldPart.deadline', 'date'],
    ['oldPart.shippedAt', 'instant'],
    ['oldPart.shipmentNumber', 'id'],
    ['warrantyAdminId', 'id'],
  ]),
};
