import type { CalendarDate, Vehicle } from '@aftersales/core';
import type { SanbaoVersion } from './sanbaoVersion';

/**
 * Where a version's periods start for `vehicle`: 2021 Art. 18, the invoice date, or the delivery
 * date where it differs (so the delivery date whenever one is recorded); 2013 Art. 17, the
 * invoice date only. `date` absent when the vehicle lacks the date the version needs.
 *
 * @example
 * startOfPeriods(sanbao2021Version, { ...vehicle, invoiceDate: '2024-03-01', deliveryDate: '2024-03-04' });
 * // { date: '2024-03-04', source: 'delivery' }
 */
export function startOfPeriods(
  version: SanbaoVersion,
  vehicle: Vehicle,
): { date?: CalendarDate; source: 'invoice' | 'delivery' | 'missing' } {
  if (version.start === 'invoice_or_delivery' && vehicle.deliveryDate !== undefined) {
    return { date: vehicle.deliveryDate, source: 'delivery' };
  }
  if (vehicle.invoiceDate !== undefined) return { date: vehicle.invoiceDate, source: 'invoice' };
  return { source: 'missing' };
}

/**
 * The start as the 2021 rules count it (delivery where it differs from the invoice, else the
 * invoice): when it is after a pack's end date, the newer rules claim the car even if the older
 * pack's own start (the invoice) is still in its range (invoiced 2021-12-31, delivered 2022-01-02:
 * the 2021 rules govern), as the package's `governingJurisdictions` decides.
 *
 * @example
 * versionDateOf({ ...vehicle, invoiceDate: '2021-12-28', deliveryDate: '2022-01-03' }); // '2022-01-03'
 */
export function versionDateOf(vehicle: Vehicle): CalendarDate | undefined {
  return vehicle.deliveryDate ?? vehicle.invoiceDate;
}
