/**
 * DMS exports in: repair orders with their labor, part and sublet lines and charges, the parts
 * master, stock movements, warranty claims with their claimed labor ops and parts, and customers,
 * from CSV (UTF-8 with or without BOM, GB18030/GBK), JSON and JSON Lines, streamed in bounded memory, mapped to core records through column-mapping profiles, with one
 * result per row: a record, or a rejection naming its row, column and coded reason.
 *
 * @packageDocumentation
 */

export { assembleRepairOrders } from './assemble/assembleRepairOrders';
export type {
  AssembledRepairOrders,
  AssembleOptions,
  AssembleSummary,
  LineCounts,
  LineFile,
  LineRejection,
  RepairOrderFiles,
} from './assemble/assembleTypes';
export type {
  AssembleClaimsOptions,
  AssembleClaimsSummary,
  AssembledWarrantyClaims,
  ClaimLineRejection,
  WarrantyClaimFiles,
} from './assemble/assembleWarrantyClaims';
export { assembleWarrantyClaims } from './assemble/assembleWarrantyClaims';
export type { ImportOptions } from './import/importOptions';
export { importRecords, safeImportRecords } from './import/importRecords';
export type {
  ClaimLaborOpRow,
  ClaimPartRow,
  KindRecord,
  KindRecords,
  LaborLineRow,
  PartLineRow,
  RepairOrderChargeRow,
  SubletLineRow,
} from './import/kindRecords';
export type { RecordStream } from './import/streamRecords';
export { streamRecords } from './import/streamRecords';
export { ClaimLaborOpRowSchema, ClaimPartRowSchema } from './kinds/claimLines';
export { fileKinds } from './kinds/kindSpecs';
export { LaborLineRowSchema, PartLineRowSchema } from './kinds/lines';
export { RepairOrderChargeRowSchema, SubletLineRowSchema } from './kinds/roExtras';
export { genericProfile } from './profile/genericProfile';
export type { FileProfile, KindProfile } from './profile/profileSchema';
export { FileProfileSchema } from './profile/profileSchema';
export { safeValidateProfile, validateProfile } from './profile/validateProfile';
export type {
  FileEncoding,
  FileFormat,
  FileKind,
  FileRowResult,
  FileSource,
  ImportResult,
  ImportSummary,
} from './types';
