import { addCalendarDays, calendarDaysBetween } from '@aftersales/core';
import { createRandom, generateWarrantyData } from '@aftersales/testkit';
import type { DealerDataset } from '../audit/auditTypes';
import { shiftInstant } from './demoClock';

/**
 * The testkit's warranty generator sells its vehicles from 2022-01-01 over four years; for this
 * as-of date its dates are used as they are, for another they are moved by the difference.
 */
const REFERENCE_AS_OF = '2025-01-01';
/** Share of claims the generator gives one audit fault (late, hours, odometer, rate, price, old part). */
const FAULT_SHARE = 0.06;
/** Share of claims the dealer sends twice (a duplicate claim, a finding of its own). */
const DUPLICATE_SHARE = 0.015;

type Row = Record<string, unknown>;

/**
 * Options of {@link demoWarrantyData}.
 *
 * @example
 * const options: DemoWarrantyOptions = { seed: 8, dealerId: 'DLR-001', asOf: '2025-01-01', asOfMs, period };
 */
export interface DemoWarrantyOptions {
  readonly seed: number;
  readonly dealerId: string;
  /** The audit's "today", `YYYY-MM-DD`, and its instant at midnight in Shanghai. */
  readonly asOf: string;
  readonly asOfMs: number;
  /** Claims repaired in this period are kept. */
  readonly period: { readonly from: string; readonly to: string };
}

const shiftDate = (value: unknown, days: number): unknown =>
  typeof value === 'string' && days !== 0 ? addCalendarDays(value, days) : value;
const shiftTime = (value: unknown, days: number): unknown =>
  typeof value === 'string' ? shiftInstant(value, days) : value;

/** The claim as the dealer's system holds it at `asOfMs`: not yet sent, or the old part not yet shipped. */
function claimAt(claim: Row, asOfMs: number): Row {
  const submitted = typeof claim.submittedAt === 'string' && Date.parse(claim.submittedAt) <= asOfMs;
  const oldPart = claim.oldPart as Row | undefined;
  const shipped = typeof oldPart?.shippedAt === 'string' && Date.parse(oldPart.shippedAt) <= asOfMs;
  const { submittedAt: _sent, ...unsent } = claim;
  const { shippedAt: _shipped, ...kept } = oldPart ?? {};
  return {
    ...(submitted ? claim : { ...unsent, status: 'draft', submissionCount: 0 }),
    ...(oldPart === undefined ? {} : { oldPart: shipped ? oldPart : kept }),
  };
}

/**
 * The carmaker's claim audit's inputs for the demo dealer, from the testkit's warranty generator
 * (Huaxia vehicles, RO headers with rising odometers, claims at the example policy's agreed rates,
 * 6 % of them with one audit fault, and claims above the ¥5,000 authority, a tenth of them without
 * pre-authorization): dated for `asOf`, all of them this dealer's, the claims repaired in the
 * audited period, and a few claims sent twice. Vehicles delivered and ROs opened after `asOf` are
 * left out; a claim whose submission or old-part shipment would fall after `asOf` is recorded as
 * not sent yet.
 *
 * @example
 * const warranty = demoWarrantyData({ seed: 8, dealerId: 'DLR-001', asOf: '2025-01-01', asOfMs, period });
 * warranty.claims.length; // about 600
 */
export function demoWarrantyData(options: DemoWarrantyOptions): DealerDataset['warranty'] {
  const { dealerId, asOf, asOfMs, period } = options;
  const data = generateWarrantyData({
    seed: options.seed ^ 0x3a11,
    vehicles: 1_500,
    claims: 2_600,
    repairOrders: 5_000,
    faultShare: FAULT_SHARE,
  });
  const days = calendarDaysBetween(REFERENCE_AS_OF, asOf);
  const years = Math.trunc(days / 365);
  const vehicles = data.vehicles
    .map(
      (vehicle): Row => ({
        ...vehicle,
        modelYear: (vehicle.modelYear as number) + years,
        saleDate: shiftDate(vehicle.saleDate, days),
        invoiceDate: shiftDate(vehicle.invoiceDate, days),
        deliveryDate: shiftDate(vehicle.deliveryDate, days),
        sellingDealerId: dealerId,
      }),
    )
    .filter((vehicle) => (vehicle.deliveryDate as string) < asOf);
  const repairOrders = data.repairOrders
    .map((ro): Row => ({ ...ro, dealerId, openedAt: shiftTime(ro.openedAt, days) }))
    .filter((ro) => Date.parse(ro.openedAt as string) < asOfMs);
  const random = createRandom(options.seed ^ 0xc1a);
  const claims: Row[] = [];
  for (const generated of data.claims) {
    const oldPart = generated.oldPart as Row;
    const claim: Row = {
      ...generated,
      dealerId,
      repairDate: shiftDate(generated.repairDate, days),
      repairCompletedAt: shiftTime(generated.repairCompletedAt, days),
      submittedAt: shiftTime(generated.submittedAt, days),
      oldPart: {
        ...oldPart,
        ...(oldPart.shippedAt ? { shippedAt: shiftTime(oldPart.shippedAt, days) } : {}),
      },
    };
    const date = claim.repairDate as string;
    if (date < period.from || date > period.to) continue;
    claims.push(claimAt(claim, asOfMs));
    if (random.chance(DUPLICATE_SHARE)) {
      // The same repair sent again two days later under another RO number.
      const again: Row = {
        ...claim,
        id: `${claim.id as string}-2`,
        roId: `${claim.roId as string}-2`,
        submittedAt: shiftTime(claim.submittedAt, 2),
      };
      claims.push(claimAt(again, asOfMs));
    }
  }
  return {
    vehicles,
    repairOrders,
    claims,
    laborTimes: data.laborTimes,
    partGroups: data.partGroups,
    partPrices: data.partPrices,
  };
}
