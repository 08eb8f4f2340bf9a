import { type AftersalesIssue, createIssue, issuesFromZod, VehicleSchema } from '@aftersales/core';
import type { z } from 'zod';
import { isVin } from '../fastChecks';
import { type AuditVehicle, fastVehicle } from './fastVehicle';

/** Where a rejected row goes: its row and its coded issues (paths start with the row). */
export type RejectRow = (row: number, issues: readonly AftersalesIssue[]) => void;

/**
 * One row: the fast reader's answer for a row in canonical form, else the schema's (output, or
 * the coded issues handed to `reject`).
 */
export function readRow<T>(
  input: unknown,
  row: number,
  fast: (input: unknown) => T | undefined,
  schema: z.ZodType,
  reject: RejectRow,
): T | undefined {
  const quick = fast(input);
  if (quick !== undefined) return quick;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as T;
  reject(row, issuesFromZod(parsed.error, input, [row]));
  return undefined;
}

/**
 * Each VIN of the audit as a small integer (a slot), so the history is grouped by arrays, not by
 * maps of lists: the vehicles first, then the VINs of claims for vehicles not in the history.
 */
export class VinSlots {
  readonly slotOf = new Map<string, number>();
  readonly vehicles: (AuditVehicle | undefined)[] = [];

  /** The slot {@link isVin} found last (−1: a VIN not read before). */
  lastSlot = -1;

  /**
   * A VIN check that skips the check digit of a VIN already read (the same string was checked),
   * leaving its slot in `lastSlot`: a fast reader calls it once per row, and a row it accepts is
   * the input itself, so the caller takes the slot without a second lookup.
   */
  readonly isVin = (vin: unknown): boolean => {
    if (typeof vin !== 'string') return false;
    const slot = this.slotOf.get(vin);
    this.lastSlot = slot ?? -1;
    return slot !== undefined || isVin(vin);
  };

  /** The slot of `record`'s VIN (`lastSlot` when the fast reader accepted `input` itself). */
  slotOfRecord(record: { readonly vin: string }, input: unknown): number | undefined {
    if (record === input && this.lastSlot >= 0) return this.lastSlot;
    return this.slotOf.get(record.vin);
  }

  /** The slot of `vin`, added (with no vehicle) when new. */
  slot(vin: string): number {
    const known = this.slotOf.get(vin);
    if (known !== undefined) return known;
    const slot = this.vehicles.length;
    this.slotOf.set(vin, slot);
    this.vehicles.push(undefined);
    return slot;
  }

  get count(): number {
    return this.vehicles.length;
  }
}

/**
 * The vehicles of the history by slot. A VIN listed twice is rejected at its second row
 * (`warranty.duplicate`): the first record is the one used.
 */
export function readVehicles(rows: readonly unknown[], reject: RejectRow): VinSlots {
  const slots = new VinSlots();
  const fast = (input: unknown) => fastVehicle(input, slots.isVin);
  const firstRow: number[] = [];
  for (let row = 0; row < rows.length; row++) {
    const vehicle = readRow<AuditVehicle>(rows[row], row, fast, VehicleSchema, reject);
    if (vehicle === undefined) continue;
    const known = slots.slotOfRecord(vehicle, rows[row]);
    if (known !== undefined) {
      reject(row, [
        createIssue('warranty.duplicate', [row, 'vin'], {
          what: 'vehicle',
          whatZh: '车辆',
          id: vehicle.vin,
          firstRow: firstRow[known] as number,
        }),
      ]);
      continue;
    }
    const slot = slots.slot(vehicle.vin);
    slots.vehicles[slot] = vehicle;
    firstRow[slot] = row;
  }
  return slots;
}
