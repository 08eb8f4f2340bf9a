import { AftersalesError, isCalendarDate, type Vehicle } from '@aftersales/core';
import { governingJurisdictions } from '../governingJurisdictions';
import type { Jurisdiction } from '../jurisdiction';
import { parseJurisdiction } from '../parseJurisdiction';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';

/**
 * The 三包 pack governing a vehicle, by the package's `governingJurisdictions`: the pack whose
 * `governs` range holds the vehicle's start as that pack counts it (2013: the invoice date; 2021:
 * the delivery date where it differs), the newer one when both claim it; `undefined` without a
 * date, or before 2013-10-01 (no 三包 rules). Default packs: the legal 2021 and 2013 ones; pass a
 * carmaker's packs to choose among them.
 *
 * @param vehicle - a vehicle: its `invoiceDate` and `deliveryDate` (`YYYY-MM-DD`) are read
 * @param packs - the candidates (default `[cnSanbao2021, cnSanbao2013]`), checked as `parseJurisdiction` does
 * @returns the governing pack, or undefined
 * @throws AftersalesError `input.invalid_type` for a vehicle or pack list of the wrong shape,
 *   `time.invalid_date` for a date that is none, a pack's issues under `['packs', <index>]`
 * @example
 * selectSanbaoJurisdiction({ ...vehicle, invoiceDate: '2021-12-31' })?.id; // 'cn-sanbao-2013'
 * selectSanbaoJurisdiction({ ...vehicle, invoiceDate: '2022-01-01' })?.id; // 'cn-sanbao-2021'
 */
export function selectSanbaoJurisdiction(
  vehicle: Vehicle,
  packs: readonly Jurisdiction[] = [cnSanbao2021, cnSanbao2013],
): Jurisdiction | undefined {
  const dates = datesOf(vehicle);
  return governingJurisdictions(
    checkPacks(packs).filter((pack) => pack.market === 'CN'),
    dates,
  ).find((governing) => governing.market === 'CN')?.jurisdiction;
}

/** The start dates of a vehicle; a date that is none would be compared as text with `governs`. */
function datesOf(vehicle: unknown): { invoiceDate: string | undefined; deliveryDate: string | undefined } {
  if (vehicle === null || typeof vehicle !== 'object' || Array.isArray(vehicle)) {
    throw AftersalesError.of('input.invalid_type', ['vehicle'], {
      expected: 'object',
      received: vehicle === null ? 'null' : Array.isArray(vehicle) ? 'array' : typeof vehicle,
    });
  }
  const { invoiceDate, deliveryDate } = vehicle as { invoiceDate?: unknown; deliveryDate?: unknown };
  for (const [key, value] of [
    ['invoiceDate', invoiceDate],
    ['deliveryDate', deliveryDate],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) {
      throw AftersalesError.of('time.invalid_date', ['vehicle', key], {
        value: typeof value === 'string' ? value : typeof value,
      });
    }
  }
  return { invoiceDate: invoiceDate as string | undefined, deliveryDate: deliveryDate as string | undefined };
}

function checkPacks(packs: unknown): readonly Jurisdiction[] {
  if (!Array.isArray(packs)) {
    throw AftersalesError.of('input.invalid_type', ['packs'], {
      expected: 'array',
      received: packs === null ? 'null' : typeof packs,
    });
  }
  return packs.map((pack, index) => {
    try {
      return parseJurisdiction(pack);
    } catch (error) {
      if (!(error instanceof AftersalesError)) throw error;
      throw new AftersalesError(
        error.issues.map((issue) => ({ ...issue, path: ['packs', index, ...issue.path] })),
      );
    }
  });
}
