import { AftersalesError, createInstantDayReader, dateOfDayNumber, parseRecord } from '@aftersales/core';
import { dateOf, dayNumberOf } from './dayMath';
import { fastRepairFacts } from './fastRequest';
import type { RepairFacts } from './repairFacts';
import { type WarrantyRequest, WarrantyRequestSchema } from './warrantyRequest';

const readers = new Map<string, (instant: unknown) => number | undefined>();

/** The local day of an instant in the dealer's zone (one reader per zone, kept). */
function localDay(instant: string, timeZone: string): number {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    reader = createInstantDayReader(timeZone);
    readers.set(timeZone, reader);
  }
  const day = reader(instant);
  // 9999-12-31T20:00:00Z is already 10000-01-01 in Shanghai: a day no calendar date can name.
  if (day === undefined || dateOfDayNumber(day) === undefined)
    throw AftersalesError.of('time.invalid_instant', ['repair', 'at'], { value: instant });
  return day;
}

/** The facts of a request the schema has validated. */
export function factsOfRequest(request: WarrantyRequest, timeZone: string): RepairFacts {
  const { vehicle, repair } = request;
  const repairDay =
    repair.date !== undefined ? dayNumberOf(repair.date) : localDay(repair.at as string, timeZone);
  const done = request.firstMaintenance;
  return {
    vin: vehicle.vin,
    brand: vehicle.brand,
    model: vehicle.model,
    isNev: vehicle.isNev,
    use: vehicle.use,
    saleDate: vehicle.saleDate,
    invoiceDate: vehicle.invoiceDate,
    deliveryDate: vehicle.deliveryDate,
    laterOwner: vehicle.previousOwners.length > 0,
    repairDate: repair.date ?? dateOf(repairDay),
    repairDay,
    km: repair.odometerKm,
    startKm: request.startKm,
    system: repair.system,
    partGroup: repair.partGroup,
    failureCode: repair.failureCode,
    cause: repair.cause,
    amount: repair.amount,
    currency: repair.currency,
    preAuthorizationNumber: repair.preAuthorizationNumber,
    firstMaintenance:
      done === undefined
        ? undefined
        : done === null
          ? null
          : { day: dayNumberOf(done.date), km: done.odometerKm },
  };
}

/**
 * The facts of a request: the fast reader for requests already in canonical form, else the
 * schema, which throws the coded issues of a bad request.
 */
export function readRequest(input: unknown, timeZone: string): RepairFacts {
  return fastRepairFacts(input) ?? factsOfRequest(parseRecord(WarrantyRequestSchema, input), timeZone);
}
