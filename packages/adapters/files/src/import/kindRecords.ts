import type { Customer, Part, RepairOrder, StockMovement, WarrantyClaim } from '@aftersales/core';
import type { z } from 'zod';
import type { ClaimLaborOpRowSchema, ClaimPartRowSchema } from '../kinds/claimLines';
import type { LaborLineRowSchema, PartLineRowSchema } from '../kinds/lines';
import type { RepairOrderChargeRowSchema, SubletLineRowSchema } from '../kinds/roExtras';

/** A labor line read from a line file, with the RO number (and job) it belongs to. */
export type LaborLineRow = z.output<typeof LaborLineRowSchema>;
/** A part line read from a line file, with the RO number (and job) it belongs to. */
export type PartLineRow = z.output<typeof PartLineRowSchema>;
/** A sublet line read from a line file, with the RO number (and job) it belongs to. */
export type SubletLineRow = z.output<typeof SubletLineRowSchema>;
/** An RO-level charge read from a charge file, with the RO number it belongs to. */
export type RepairOrderChargeRow = z.output<typeof RepairOrderChargeRowSchema>;
/** A claimed labor operation read from a claim-line file, with the claim number it belongs to. */
export type ClaimLaborOpRow = z.output<typeof ClaimLaborOpRowSchema>;
/** A claimed part read from a claim-line file, with the claim number it belongs to. */
export type ClaimPartRow = z.output<typeof ClaimPartRowSchema>;

/** The record each kind of file gives, e.g. `KindRecord<'parts'>` is `Part`. */
export interface KindRecords {
  readonly repairOrders: RepairOrder;
  readonly laborLines: LaborLineRow;
  readonly partLines: PartLineRow;
  readonly parts: Part;
  readonly stockMovements: StockMovement;
  readonly subletLines: SubletLineRow;
  readonly roCharges: RepairOrderChargeRow;
  readonly warrantyClaims: WarrantyClaim;
  readonly claimLaborOps: ClaimLaborOpRow;
  readonly claimParts: ClaimPartRow;
  readonly customers: Customer;
}

/** The record type of one kind of file. */
export type KindRecord<K extends keyof KindRecords> = KindRecords[K];
