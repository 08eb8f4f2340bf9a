import type { RepairCause } from '../history/repairCause';

/**
 * What the coverage rules read of a request, checked and flattened: built by the fast reader or
 * from the schema's output, and by the claim audit from a claim and its vehicle.
 */
export interface RepairFacts {
  readonly vin: string;
  readonly brand: string;
  readonly model: string;
  readonly isNev: boolean;
  readonly use: 'private' | 'commercial' | undefined;
  readonly saleDate: string | undefined;
  readonly invoiceDate: string | undefined;
  readonly deliveryDate: string | undefined;
  /** The vehicle has changed hands: coverage follows the policy's `laterOwners`. */
  readonly laterOwner: boolean;
  readonly repairDate: string;
  readonly repairDay: number;
  readonly km: number;
  readonly startKm: number;
  readonly system: string | undefined;
  readonly partGroup: string | undefined;
  readonly failureCode: string | undefined;
  readonly cause: RepairCause;
  readonly amount: string | undefined;
  readonly currency: string | undefined;
  readonly preAuthorizationNumber: string | undefined;
  /** Day and odometer of the first maintenance; `null` never done; `undefined` not known. */
  readonly firstMaintenance: { readonly day: number; readonly km: number } | null | undefined;
}
