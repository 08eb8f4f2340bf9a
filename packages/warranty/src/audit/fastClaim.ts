import type { ClaimLaborOp, ClaimPart, WarrantyClaim } from '@aftersales/core';
import { isCurrency, isDate, isId, isKm, isNonNegativeDecimal, isText } from '../fastChecks';
import {
  fixedOrAbsent,
  inOrder,
  isBoolean,
  isFastInstant,
  isIntIn,
  isListOf,
  isPlainObject,
  keyCount,
  present,
} from './fastFields';

/**
 * A claim as the audit reads it: core's `WarrantyClaim` as validated, or a row already in that
 * form whose defaulted fields (`laborOps`, `parts`, `currency`) may be absent. Read those with
 * `?? []` / `?? 'CNY'`: the audit never copies a row to fill them in.
 */
export type AuditClaim = Omit<WarrantyClaim, 'laborOps' | 'parts' | 'currency'> & {
  readonly laborOps?: readonly ClaimLaborOp[];
  readonly parts?: readonly ClaimPart[];
  readonly currency?: string;
};

const STATUSES = new Set([
  'draft',
  'submitted',
  'approved',
  'partially_approved',
  'rejected',
  'paid',
  'charged_back',
]);

// Each reader checks the required fields, adds up `present` over the optional ones, and compares
// the count with the object's keys: a key the schema does not know sends the row to the schema.

function isOp(value: unknown): boolean {
  if (!isPlainObject(value) || !isId(value.opCode) || !isNonNegativeDecimal(value.hours)) return false;
  const optional =
    present(value.description, isText) +
    present(value.laborRate, isNonNegativeDecimal) +
    present(value.amount, isNonNegativeDecimal);
  return optional >= 0 && 2 + optional === keyCount(value);
}

function isPart(value: unknown): boolean {
  if (!isPlainObject(value) || !isId(value.partNumber)) return false;
  if (!isNonNegativeDecimal(value.quantity) || !isNonNegativeDecimal(value.unitPrice)) return false;
  const optional =
    present(value.description, isText) +
    present(value.amount, isNonNegativeDecimal) +
    present(value.isCausal, isBoolean);
  return optional >= 0 && 3 + optional === keyCount(value);
}

/** Amounts whose total is exactly the sum (in fixed units: exact to four places; more go to the schema). */
function isAmounts(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const labor = fixedOrAbsent(value.labor);
  const parts = fixedOrAbsent(value.parts);
  const sublet = fixedOrAbsent(value.sublet);
  const other = fixedOrAbsent(value.other);
  const total = fixedOrAbsent(value.total);
  if (labor === undefined || parts === undefined || total === undefined) return false;
  if (labor === false || parts === false || sublet === false || other === false || total === false)
    return false;
  const keys = 3 + (sublet === undefined ? 0 : 1) + (other === undefined ? 0 : 1);
  return keys === keyCount(value) && labor + parts + (sublet ?? 0) + (other ?? 0) === total;
}

function isPreAuthorization(value: unknown): boolean {
  if (!isPlainObject(value) || !isId(value.number)) return false;
  const optional = present(value.requestedAt, isFastInstant) + present(value.approvedAt, isFastInstant);
  return optional >= 0 && 1 + optional === keyCount(value);
}

function isOldPart(value: unknown): boolean {
  if (!isPlainObject(value) || !isBoolean(value.retained)) return false;
  const optional =
    present(value.deadline, isDate) +
    present(value.shippedAt, isFastInstant) +
    present(value.shipmentNumber, isId);
  return optional >= 0 && 1 + optional === keyCount(value);
}

const isOps = (value: unknown): boolean => isListOf(value, isOp);
const isParts = (value: unknown): boolean => isListOf(value, isPart);
const isCount = (value: unknown): boolean => isIntIn(value, 0, 1000);

/**
 * The claim itself when every field is already in `WarrantyClaimSchema`'s output form and passes
 * its checks (amounts add up, submitted before adjudicated and paid); else `undefined`, and the
 * schema decides. No `extensions` (their JSON values go to the schema).
 *
 * @param isVin - the VIN check to use: the audit passes one that first looks the VIN up among
 *   those it has already checked
 */
export function fastClaim(value: unknown, isVin: (vin: unknown) => boolean): AuditClaim | undefined {
  if (!isPlainObject(value)) return undefined;
  const row = value;
  const required =
    isId(row.id) &&
    isId(row.dealerId) &&
    isVin(row.vin) &&
    isId(row.roId) &&
    isDate(row.repairDate) &&
    isKm(row.odometerKm) &&
    isAmounts(row.amounts) &&
    typeof row.status === 'string' &&
    STATUSES.has(row.status);
  if (!required) return undefined;
  const optional =
    present(row.claimNumber, isId) +
    present(row.repairCompletedAt, isFastInstant) +
    present(row.failureCode, isId) +
    present(row.causalPartNumber, isId) +
    present(row.description, isText) +
    present(row.laborOps, isOps) +
    present(row.parts, isParts) +
    present(row.currency, isCurrency) +
    present(row.submittedAt, isFastInstant) +
    present(row.submissionCount, isCount) +
    present(row.adjudicatedAt, isFastInstant) +
    present(row.approvedAmount, isNonNegativeDecimal) +
    present(row.rejectionReason, isText) +
    present(row.paidAt, isFastInstant) +
    present(row.paidAmount, isNonNegativeDecimal) +
    present(row.chargedBackAt, isFastInstant) +
    present(row.chargedBackAmount, isNonNegativeDecimal) +
    present(row.preAuthorization, isPreAuthorization) +
    present(row.oldPart, isOldPart) +
    present(row.warrantyAdminId, isId);
  const ok =
    optional >= 0 &&
    8 + optional === keyCount(row) &&
    !(row.submittedAt !== undefined && row.submissionCount === 0) &&
    inOrder(row.submittedAt, row.adjudicatedAt) &&
    inOrder(row.submittedAt, row.paidAt);
  return ok ? (row as unknown as AuditClaim) : undefined;
}
