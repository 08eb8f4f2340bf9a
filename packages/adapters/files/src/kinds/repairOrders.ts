import {
  RepairOrderSchema,
  repairOrderHoldSchema,
  repairOrderKindSchema,
  repairOrderStatusSchema,
} from '@aftersales/core';
import { fields, type KindSpec } from './fieldSpec';

/**
 * Internal: repair-order headers (工单主表), one {@link RepairOrderSchema} record per row with no
 * jobs; {@link assembleRepairOrders} adds the jobs from the labor- and part-line files.
 * Validated by zod only (the RO's instant-order checks).
 */
export const repairOrdersSpec: KindSpec = {
  kind: 'repairOrders',
  schema: RepairOrderSchema,
  fields: fields([
    ['id', 'id', true],
    ['roNumber', 'id', true],
    ['dealerId', 'id', true],
    ['vin', 'id', true],
    ['customerId', 'id'],
    ['advisorId', 'id', true],
    ['kind', 'code', true, repairOrderKindSchema.options],
    ['currency', 'currency'],
    ['status', 'code', true, repairOrderStatusSchema.options],
    ['hold', 'code', false, repairOrderHoldSchema.options],
    ['invoiceNumber', 'id'],
    ['openedAt', 'instant', true],
    ['promisedAt', 'instant'],
    ['appointmentId', 'id'],
    ['receivedAt', 'instant'],
    ['walkaroundAt', 'instant'],
    ['estimatedAt', 'instant'],
    ['approvedAt', 'instant'],
    ['dispatchedAt', 'instant'],
    ['repairStartedAt', 'instant'],
    ['repairCompletedAt', 'instant'],
    ['qc.selfAt', 'instant'],
    ['qc.selfInspectorId', 'id'],
    ['qc.peerAt', 'instant'],
    ['qc.peerInspectorId', 'id'],
    ['qc.finalAt', 'instant'],
    ['qc.finalInspectorId', 'id'],
    ['washedAt', 'instant'],
    ['readyAt', 'instant'],
    ['settledAt', 'instant'],
    ['deliveredAt', 'instant'],
    ['closedAt', 'instant'],
    ['cancelledAt', 'instant'],
    ['voidedAt', 'instant'],
    ['odometerInKm', 'integer'],
    ['odometerOutKm', 'integer'],
    ['isRescue', 'boolean'],
    ['rescueFee', 'decimal'],
    ['followUpAdvice', 'text'],
    ['notes', 'text'],
  ]),
};
