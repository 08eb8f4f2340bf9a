import { nevKindSchema, vehicleSystemSchema, vehicleUseSchema } from '@aftersales/core';
import {
  type Bag,
  dayOfDate,
  isCurrency,
  isDate,
  isId,
  isKm,
  isNonNegativeDecimal,
  isPlainWith,
  isShortText,
  isVin,
  optional,
} from '../fastChecks';
import { type RepairCause, repairCauseSchema } from '../history/repairCause';
import type { RepairFacts } from './repairFacts';

// Key checks as switches: on JSON.parse's internalized keys they beat a Set lookup threefold.
function isRequestKey(key: string): boolean {
  switch (key) {
    case 'vehicle':
    case 'repair':
    case 'startKm':
    case 'firstMaintenance':
      return true;
    default:
      return false;
  }
}

function isVehicleKey(key: string): boolean {
  switch (key) {
    case 'vin':
    case 'brand':
    case 'model':
    case 'modelYear':
    case 'licensePlate':
    case 'isNev':
    case 'nevKind':
    case 'use':
    case 'saleDate':
    case 'invoiceDate':
    case 'deliveryDate':
    case 'sellingDealerId':
    case 'purchasePrice':
    case 'currency':
    case 'ownerCustomerId':
    case 'previousOwners':
      return true;
    default:
      return false;
  }
}

function isRepairKey(key: string): boolean {
  switch (key) {
    case 'date':
    case 'odometerKm':
    case 'system':
    case 'partGroup':
    case 'failureCode':
    case 'cause':
    case 'amount':
    case 'currency':
    case 'preAuthorizationNumber':
      return true;
    default:
      return false;
  }
}

const isMaintenanceKey = (key: string): boolean => key === 'date' || key === 'odometerKm';

// The enums of the schemas the fast path stands in for, read from those schemas.
const NEV_KINDS = new Set<string>(nevKindSchema.options);
const USES = new Set<string>(vehicleUseSchema.options);
const SYSTEMS = new Set<string>(vehicleSystemSchema.options);
const CAUSES = new Set<string>(repairCauseSchema.options);

const isIn = (set: ReadonlySet<string>) => (value: unknown) => typeof value === 'string' && set.has(value);
const isSystem = isIn(SYSTEMS);
const isNevKind = isIn(NEV_KINDS);
const isUse = isIn(USES);
const isCause = isIn(CAUSES);

function vehicleOk(vehicle: Bag): boolean {
  const { modelYear, isNev, nevKind, previousOwners } = vehicle;
  return (
    isVin(vehicle.vin) &&
    isShortText(vehicle.brand) &&
    isShortText(vehicle.model) &&
    typeof modelYear === 'number' &&
    Number.isInteger(modelYear) &&
    modelYear >= 1900 &&
    modelYear <= 2100 &&
    optional(vehicle.licensePlate, isShortText) &&
    (isNev === undefined || typeof isNev === 'boolean') &&
    (nevKind === undefined || (isNev === true && isNevKind(nevKind))) &&
    optional(vehicle.use, isUse) &&
    optional(vehicle.saleDate, isDate) &&
    optional(vehicle.invoiceDate, isDate) &&
    optional(vehicle.deliveryDate, isDate) &&
    optional(vehicle.sellingDealerId, isId) &&
    optional(vehicle.purchasePrice, isNonNegativeDecimal) &&
    optional(vehicle.currency, isCurrency) &&
    optional(vehicle.ownerCustomerId, isId) &&
    (previousOwners === undefined || previousOwnersOk(previousOwners))
  );
}

const isOwnerKey = (key: string): boolean => key === 'customerId' || key === 'from' || key === 'until';

/** Earlier owners as `PreviousOwnerSchema` accepts them: an id, dates, ownership not ending before it starts. */
function previousOwnersOk(owners: unknown): boolean {
  if (!Array.isArray(owners) || Object.getPrototypeOf(owners) !== Array.prototype) return false;
  for (let index = 0; index < owners.length; index += 1) {
    const owner: unknown = owners[index];
    if (!isPlainWith(owner, isOwnerKey) || !isId(owner.customerId)) return false;
    const { from, until } = owner;
    if (!optional(from, isDate) || !optional(until, isDate)) return false;
    if (typeof from === 'string' && typeof until === 'string' && until < from) return false;
  }
  return true;
}

function repairOk(repair: Bag): boolean {
  return (
    isDate(repair.date) &&
    isKm(repair.odometerKm) &&
    optional(repair.system, isSystem) &&
    optional(repair.partGroup, isId) &&
    optional(repair.failureCode, isId) &&
    optional(repair.cause, isCause) &&
    optional(repair.amount, isNonNegativeDecimal) &&
    optional(repair.currency, isCurrency) &&
    optional(repair.preAuthorizationNumber, isId)
  );
}

/**
 * The facts of a request whose every field is already in the schema's output form (repair given
 * by `date`, no extensions); `undefined` for anything else, which then goes
 * through `WarrantyRequestSchema`. A property test holds this to the schema's answers.
 */
export function fastRepairFacts(input: unknown): RepairFacts | undefined {
  if (!isPlainWith(input, isRequestKey)) return undefined;
  const { vehicle, repair, startKm, firstMaintenance } = input;
  if (!isPlainWith(vehicle, isVehicleKey) || !vehicleOk(vehicle)) return undefined;
  if (!isPlainWith(repair, isRepairKey) || !repairOk(repair)) return undefined;
  if (startKm !== undefined && !isKm(startKm)) return undefined;
  let maintenance: RepairFacts['firstMaintenance'];
  if (firstMaintenance === null) maintenance = null;
  else if (firstMaintenance !== undefined) {
    if (!isPlainWith(firstMaintenance, isMaintenanceKey)) return undefined;
    if (!isDate(firstMaintenance.date) || !isKm(firstMaintenance.odometerKm)) return undefined;
    maintenance = { day: dayOfDate(firstMaintenance.date), km: firstMaintenance.odometerKm };
  }
  const date = repair.date as string;
  return {
    vin: vehicle.vin as string,
    brand: vehicle.brand as string,
    model: vehicle.model as string,
    isNev: vehicle.isNev === true,
    use: vehicle.use as RepairFacts['use'],
    saleDate: vehicle.saleDate as string | undefined,
    invoiceDate: vehicle.invoiceDate as string | undefined,
    deliveryDate: vehicle.deliveryDate as string | undefined,
    laterOwner: Array.isArray(vehicle.previousOwners) && vehicle.previousOwners.length > 0,
    repairDate: date,
    repairDay: dayOfDate(date),
    km: repair.odometerKm as number,
    startKm: (startKm as number | undefined) ?? 0,
    system: repair.system as string | undefined,
    partGroup: repair.partGroup as string | undefined,
    failureCode: repair.failureCode as string | undefined,
    cause: (repair.cause as RepairCause | undefined) ?? 'quality',
    amount: repair.amount as string | undefined,
    currency: repair.currency as string | undefined,
    preAuthorizationNumber: repair.preAuthorizationNumber as string | undefined,
    firstMaintenance: maintenance,
  };
}
