import type { PreviousOwner, Vehicle } from '@aftersales/core';
import { isCurrency, isDate, isId, isNonNegativeDecimal, isShortText } from '../fastChecks';
import { isBoolean, isIntIn, isListOf, isPlainObject, keyCount, present } from './fastFields';

/**
 * A vehicle as the audit reads it: core's `Vehicle` as validated, or a row already in that form
 * whose defaulted fields (`isNev`, `currency`, `previousOwners`) may be absent.
 */
export type AuditVehicle = Omit<Vehicle, 'isNev' | 'currency' | 'previousOwners'> & {
  readonly isNev?: boolean;
  readonly currency?: string;
  readonly previousOwners?: readonly PreviousOwner[];
};

const NEV_KINDS = new Set(['BEV', 'PHEV', 'FCEV']);

function isOwner(value: unknown): boolean {
  if (!isPlainObject(value) || !isId(value.customerId)) return false;
  const { from, until } = value;
  if (from !== undefined && until !== undefined && (until as string) < (from as string)) return false;
  const optional = present(from, isDate) + present(until, isDate);
  return optional >= 0 && 1 + optional === keyCount(value);
}

const isOwners = (value: unknown): boolean => isListOf(value, isOwner);
const isUse = (value: unknown): boolean => value === 'private' || value === 'commercial';

/**
 * The vehicle itself when every field is already in `VehicleSchema`'s output form and passes its
 * checks (an `nevKind` only on an NEV; no ownership ending before it starts); else `undefined`, and
 * the schema decides. No `extensions`.
 */
export function fastVehicle(value: unknown, isVin: (vin: unknown) => boolean): AuditVehicle | undefined {
  if (!isPlainObject(value)) return undefined;
  const row = value;
  const required =
    isVin(row.vin) && isShortText(row.brand) && isShortText(row.model) && isIntIn(row.modelYear, 1900, 2100);
  if (!required) return undefined;
  const nevKind = row.nevKind;
  if (
    nevKind !== undefined &&
    !(row.isNev === true && typeof nevKind === 'string' && NEV_KINDS.has(nevKind))
  ) {
    return undefined;
  }
  const optional =
    present(row.licensePlate, isShortText) +
    present(row.isNev, isBoolean) +
    (nevKind === undefined ? 0 : 1) +
    present(row.use, isUse) +
    present(row.saleDate, isDate) +
    present(row.invoiceDate, isDate) +
    present(row.deliveryDate, isDate) +
    present(row.sellingDealerId, isId) +
    present(row.purchasePrice, isNonNegativeDecimal) +
    present(row.currency, isCurrency) +
    present(row.ownerCustomerId, isId) +
    present(row.previousOwners, isOwners);
  return optional >= 0 && 4 + optional === keyCount(row) ? (row as unknown as AuditVehicle) : undefined;
}
