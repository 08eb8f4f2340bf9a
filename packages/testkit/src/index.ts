/**
 * Seeded generators shared by tests, benchmarks and the demo. Private: no published package
 * depends on it.
 *
 * @packageDocumentation
 */

export type { GeneratedStockPosition, PartsData, PartsDataOptions } from './partsData';
export { generatePartsData } from './partsData';
export type { Random } from './random';
export { createRandom } from './random';
export type { RepairOrderLog, RepairOrderLogOptions } from './repairOrderLogs';
export { generateRepairOrderLogs } from './repairOrderLogs';
export type { RepairOrderRecordOptions } from './repairOrders';
export { repairOrderRecords } from './repairOrders';
export { generateVin } from './vin';
export type { GeneratedLaborTime, WarrantyData, WarrantyDataOptions } from './warrantyData';
export { generateWarrantyData } from './warrantyData';
