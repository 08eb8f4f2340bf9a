import { claimLaborOps, claimParts } from './generic/claimLineKinds';
import { customers, warrantyClaims } from './generic/claimsAndCustomers';
import { laborLines, partLines } from './generic/lineKinds';
import { parts, stockMovements } from './generic/partsAndStock';
import { repairOrders } from './generic/repairOrders';
import { roCharges, subletLines } from './generic/roExtraKinds';
import type { FileProfile } from './profileSchema';

/** Frozen all the way down: a profile compiled once must not change under its cache. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The generic profile: English and Chinese header names, and the code words, that DMS exports in
 * China commonly use. Every field's own name (`partNumber`) is a header too, so a file written
 * with the record's field names (and JSON in the core shape, flat) reads with it.
 */

/**
 * The generic profile: English and Chinese headers for every kind, the common Chinese code words
 * (付费类型 `客户付费` → `CP`, 工单状态 `已结算` → `settled`, 出入库类型 `维修出库` → `issue_ro`, …),
 * dates `2024-03-08`, `2024/3/8`, `20240308`, `2024年3月8日`, date-times `2024-03-08 14:30[:00]`,
 * `2024/3/8 14:30[:00]`, `yyyyMMddHHmmss`, and yes/no words `是/否`, `Y/N`, `true/false`, `1/0`.
 * Start a DMS's own profile from a copy of it.
 *
 * @example
 * const result = await importRecords('movements.csv', { kind: 'stockMovements', profile: genericProfile, timeZone: 'Asia/Shanghai' });
 */
export const genericProfile: FileProfile = deepFreeze({
  id: 'generic',
  description: 'English and Chinese headers and codes common in Chinese DMS exports.',
  dateFormats: ['yyyy-MM-dd', 'yyyy/M/d', 'yyyy.M.d', 'yyyyMMdd', 'yyyy年M月d日'],
  dateTimeFormats: [
    'yyyy-MM-dd HH:mm:ss',
    'yyyy-MM-dd HH:mm',
    "yyyy-MM-dd'T'HH:mm:ss",
    "yyyy-MM-dd'T'HH:mm",
    'yyyy/M/d H:mm:ss',
    'yyyy/M/d H:mm',
    'yyyyMMddHHmmss',
    'yyyy年M月d日 H:mm:ss',
    'yyyy年M月d日 H:mm',
    'yyyy-MM-dd',
    'yyyy/M/d',
  ],
  decimal: { separator: '.', thousands: ',' },
  booleans: { true: ['是', 'Y', 'yes', 'true', '1'], false: ['否', 'N', 'no', 'false', '0'] },
  kinds: {
    repairOrders,
    laborLines,
    partLines,
    subletLines,
    roCharges,
    parts,
    stockMovements,
    warrantyClaims,
    claimLaborOps,
    claimParts,
    customers,
  },
});
