import type { Vehicle } from '@aftersales/core';
import { governingJurisdictions } from '../governingJurisdictions';
import type { Jurisdiction } from '../jurisdiction';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';

/**
 * The 三包 pack governing a vehicle, by the package's `governingJurisdictions`: the pack whose
 * `governs` range holds the vehicle's start as that pack counts it (2013: the invoice date; 2021:
 * the delivery date where it differs), the newer one when both claim it; `undefined` without a
 * date, or before 2013-10-01 (no 三包 rules). Default packs: the legal 2021 and 2013 ones; pass a
 * carmaker's packs to choose among them.
 *
 * @param vehicle - a validated vehicle
 * @param packs - the candidates (default `[cnSanbao2021, cnSanbao2013]`)
 * @returns the governing pack, or undefined
 * @example
 * selectSanbaoJurisdiction({ ...vehicle, invoiceDate: '2021-12-31' })?.id; // 'cn-sanbao-2013'
 * selectSanbaoJurisdiction({ ...vehicle, invoiceDate: '2022-01-01' })?.id; // 'cn-sanbao-2021'
 */
export function selectSanbaoJurisdiction(
  vehicle: Vehicle,
  packs: readonly Jurisdiction[] = [cnSanbao2021, cnSanbao2013],
): Jurisdiction | undefined {
  const dates = { invoiceDate: vehicle.invoiceDate, deliveryDate: vehicle.deliveryDate };
  return governingJurisdictions(
    packs.filter((pack) => pack.market === 'CN'),
    dates,
  ).find((governing) => governing.market === 'CN')?.jurisdiction;
}
