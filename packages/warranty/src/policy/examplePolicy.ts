import { definePlugin, type Plugin, vehicleSystemSchema } from '@aftersales/core';
import { parseWarrantyPolicy } from './parseWarrantyPolicy';
import type { WarrantyPolicy, WarrantyPolicyInput } from './warrantyPolicy';

/**
 * An example carmaker policy in the shapes WARRANTY.md lists for Chinese brands, for a fictional
 * OEM "Huaxia Motors" (华夏汽车). Two versions, by sale date, so selection by sale date is exercised:
 * vehicles sold from 2024 get a longer basic warranty and a lifetime battery warranty for the first
 * owner. The figures are typical of the market, not any real brand's.
 */

// Every system but scheduled maintenance and tyres (the tyre maker's warranty).
const ALL_BUT_MAINTENANCE = vehicleSystemSchema.options.filter(
  (system) => system !== 'maintenance' && system !== 'wheels_tyres',
);
const WEAR_GROUPS = ['brake-pads', 'brake-discs', 'wiper-blades', 'bulbs', 'clutch-disc', 'batteries-12v'];

function huaxia(version: {
  id: string;
  soldFrom: string;
  soldUntil?: string;
  basic: { months: number; km: number };
  batteryFirstOwner?: 'lifetime';
}): WarrantyPolicyInput {
  return {
    id: version.id,
    version: '1.0.0',
    name: {
      en: `Huaxia Motors new-vehicle warranty (${version.id})`,
      zh: `华夏汽车新车保修政策（${version.id}）`,
    },
    oem: 'Huaxia Motors',
    brands: ['Huaxia'],
    soldFrom: version.soldFrom,
    ...(version.soldUntil === undefined ? {} : { soldUntil: version.soldUntil }),
    currency: 'CNY',
    startEvent: 'invoice',
    coverages: [
      {
        id: 'wear',
        class: 'wear',
        name: { en: 'Wear items', zh: '易损件' },
        period: { months: 6, km: 10_000 },
        covers: { partGroups: WEAR_GROUPS },
        causes: ['quality', 'wear'],
      },
      {
        id: 'traction-battery',
        class: 'traction_battery',
        name: { en: 'Traction battery', zh: '动力蓄电池' },
        period: { months: 96, km: 150_000 },
        ...(version.batteryFirstOwner === undefined ? {} : { firstOwner: version.batteryFirstOwner }),
        covers: { systems: ['traction_battery'] },
        vehicles: 'nev',
      },
      {
        id: 'drive-motor',
        class: 'drive_motor',
        name: { en: 'Drive motor and controller', zh: '驱动电机及控制器' },
        period: { months: 96, km: 150_000 },
        covers: { systems: ['drive_motor'] },
        vehicles: 'nev',
      },
      {
        id: 'powertrain',
        class: 'powertrain',
        name: { en: 'Powertrain', zh: '动力总成' },
        period: { months: 60, km: 150_000 },
        covers: { systems: ['engine', 'transmission', 'drivetrain'] },
      },
      {
        id: 'corrosion',
        class: 'corrosion',
        name: { en: 'Body perforation by corrosion', zh: '车身锈穿' },
        period: { months: 72 },
        covers: { failureCodes: ['B-CORR'] },
      },
      {
        id: 'basic',
        class: 'basic',
        name: { en: 'Whole vehicle', zh: '整车' },
        period: version.basic,
        covers: { systems: [...ALL_BUT_MAINTENANCE] },
        excludes: { partGroups: WEAR_GROUPS },
      },
    ],
    conditions: {
      firstMaintenance: { within: { months: 6, km: 7_500 }, voids: ['powertrain', 'basic'] },
      noCommercialUse: {},
      noModification: {},
      notAccidentDamage: {},
    },
    preAuthorizationAbove: '5000.00',
    claims: {
      submitWithinDays: 30,
      duplicateWindowDays: 30,
      maxKmPerDay: 1_000,
      oldPartReturnDays: 30,
      laborRate: '120.00',
      partPriceMarkup: '0.15',
    },
  };
}

/** Huaxia Motors' policy for vehicles sold in 2022–2023: basic 3 years or 100,000 km. */
export const huaxiaPolicy2022: WarrantyPolicy = parseWarrantyPolicy(
  huaxia({
    id: 'huaxia-2022',
    soldFrom: '2022-01-01',
    soldUntil: '2023-12-31',
    basic: { months: 36, km: 100_000 },
  }),
);

/** Huaxia Motors' policy for vehicles sold from 2024: basic 4 years or 120,000 km, lifetime battery for the first owner. */
export const huaxiaPolicy2024: WarrantyPolicy = parseWarrantyPolicy(
  huaxia({
    id: 'huaxia-2024',
    soldFrom: '2024-01-01',
    basic: { months: 48, km: 120_000 },
    batteryFirstOwner: 'lifetime',
  }),
);

/**
 * The example policy as a plugin: register it and read it back with `warrantyPoliciesFrom`.
 *
 * @example
 * const registry = createAftersales({ timeZone: 'Asia/Shanghai', plugins: [huaxiaWarrantyPlugin] });
 * const policies = warrantyPoliciesFrom(registry); // huaxia-2022, huaxia-2024
 */
export const huaxiaWarrantyPlugin: Plugin = definePlugin({
  id: 'aftersales.example-huaxia',
  version: '1.0.0',
  name: { en: 'Example OEM warranty policy (Huaxia Motors)', zh: '示例厂家保修政策（华夏汽车）' },
  policies: [huaxiaPolicy2022, huaxiaPolicy2024],
});
