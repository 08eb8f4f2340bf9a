import type { JurisdictionStart } from './jurisdiction';

/** The dates a jurisdiction's start reads. */
export interface StartDates {
  readonly invoiceDate?: string | undefined;
  readonly deliveryDate?: string | undefined;
}

/**
 * The start date of a jurisdiction's periods, or `undefined` when the vehicle lacks it:
 * `invoice` the invoice date; `invoice_or_delivery` the delivery date where it differs from the
 * invoice date, else the invoice date (三包 2021 Art. 18); `delivery` the delivery date.
 */
export function jurisdictionStartDate(start: JurisdictionStart, dates: StartDates): string | undefined {
  if (start === 'invoice') return dates.invoiceDate;
  if (start === 'delivery') return dates.deliveryDate;
  return dates.deliveryDate ?? dates.invoiceDate;
}
