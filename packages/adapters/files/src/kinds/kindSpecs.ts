import type { FileKind } from '../types';
import { claimLaborOpsSpec, claimPartsSpec } from './claimLines';
import { customersSpec } from './customers';
import type { KindSpec } from './fieldSpec';
import { laborLinesSpec, partLinesSpec } from './lines';
import { partsSpec } from './parts';
import { repairOrdersSpec } from './repairOrders';
import { roChargesSpec, subletLinesSpec } from './roExtras';
import { stockMovementsSpec } from './stockMovements';
import { warrantyClaimsSpec } from './warrantyClaims';

/** Internal: every kind of file, by name. */
export const kindSpecs: Readonly<Record<FileKind, KindSpec>> = Object.freeze({
  repairOrders: repairOrdersSpec,
  laborLines: laborLinesSpec,
  partLines: partLinesSpec,
  parts: partsSpec,
  stockMovements: stockMovementsSpec,
  warrantyClaims: warrantyClaimsSpec,
  claimLaborOps: claimLaborOpsSpec,
  claimParts: claimPartsSpec,
  subletLines: subletLinesSpec,
  roCharges: roChargesSpec,
  customers: customersSpec,
});

/**
 * The kinds of file this adapter reads, in a stable order.
 *
 * @example
 * fileKinds.includes('stockMovements'); // true
 */
export const fileKinds: readonly FileKind[] = Object.freeze(Object.keys(kindSpecs) as FileKind[]);
