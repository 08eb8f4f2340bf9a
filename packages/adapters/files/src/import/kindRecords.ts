import type { Customer, Part, RepairOrder, StockMovement, WarrantyClaim } from '@aftersales/core';
import type { z } from 'zod';
import type { LaborLineRowSchema, PartLineRowSchema } from '../kinds/lines';

/** A labor line read from a line file, with the RO number (and job) it belongs to. */
export type LaborLineRow = z.output<typeof LaborLineRowSchema>;
/** A part line read from a line file, with the RO number (and job) it belongs to. */
export type PartLineRow = z.output<typeof PartLineRowSchema>;

/** The record each kind of file gives, e.g. `KindRecord<'parts'>` is `Part`. */
export interface KindRecords {
  readonly repairOrders: RepairOrder;
  readonly laborLines: LaborLineRow;
  readonly partLines: PartLineRow;
  readonly parts: Part;
  readonly stockMovements: StockMovement;
  readonly warrantyClaims: WarrantyClaim;
  readonly customers: Customer;
}

/** The record type of one kind of file. */
export type KindRecord<K extends keyof KindRecords> = KindRecords[K];
