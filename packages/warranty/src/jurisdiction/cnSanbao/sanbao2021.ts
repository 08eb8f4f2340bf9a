import { deepFreeze } from '../../deepFreeze';
import type { RepairCause } from '../../history/repairCause';
import { createSanbaoJurisdiction, type SanbaoJurisdiction } from './createSanbaoJurisdiction';
import type { SanbaoOverrides, SanbaoParameters } from './parameters';
import type { SanbaoVersion } from './sanbaoVersion';

/**
 * The legal figures of the 2021 rules (SAMR Order No. 43, in force 2022-01-01). Article numbers
 * are the 2021 text's.
 *
 * @example
 * createSanbaoJurisdiction2021({ sanbaoPeriod: { months: sanbao2021Parameters.sanbaoPeriod.months + 12 } });
 */
export const sanbao2021Parameters: SanbaoParameters = deepFreeze<SanbaoParameters>({
  repairPeriod: { months: 36, km: 60_000 }, // Art. 18
  sanbaoPeriod: { months: 24, km: 50_000 }, // Art. 18
  sevenDays: 7, // Art. 22
  sixtyDays: { days: 60, km: 3_000 }, // Arts. 20, 23
  severeFailures: ['steering_failure', 'braking_failure', 'body_cracking', 'fuel_leakage', 'battery_fire'],
  swapAssemblies: ['engine', 'transmission', 'traction_battery', 'drive_motor'], // Arts. 20, 22
  assemblyGroundAssemblies: ['engine', 'transmission', 'traction_battery', 'drive_motor'], // Art. 24(2)
  mainPartGroundAssemblies: [
    // Art. 24(3)
    'engine',
    'transmission',
    'traction_battery',
    'drive_motor',
    'steering',
    'brakes',
    'suspension',
    'drivetrain',
    'emission',
    'body',
  ],
  seriousSafetyRepairs: 2,
  assemblyReplacements: 2,
  mainPartReplacements: 2,
  countAssemblyWithMainPart: false,
  cumulativeRepairDays: 30, // Art. 24(4): over 30 days
  sameProblemRepairs: 4, // Art. 24(4): more than 4 times
  cumulativeOutcome: 'replacement_or_return',
  substituteCarDays: 5, // Art. 21: more than 5 days
  maxUseCompensationRate: '0.005', // Art. 27: at most 0.5 %
  answerWorkingDays: 10, // Art. 28
  completeWorkingDays: 20, // Art. 28
});

/**
 * Repair causes outside the repair duty: the five exemptions of Art. 32 (disclosed defect, misuse
 * and missed maintenance, forbidden modification, mishandling, force majeure), plus `wear`,
 * `accident` and `external`. Those three are no exemption of Art. 32 because they are not a quality
 * problem of the product in the first place (Art. 19 covers quality problems only): a worn wear
 * item follows its own period on the certificate, a collision or fuel/road/third-party damage is
 * no defect of the car.
 */
const sanbao2021ExemptCauses: readonly RepairCause[] = deepFreeze([
  'disclosed_defect',
  'misuse',
  'modification',
  'mishandling',
  'force_majeure',
  'wear',
  'accident',
  'external',
]);

/** The 2021 version as data. */
const sanbao2021Version: SanbaoVersion = deepFreeze({
  id: 'cn-sanbao-2021',
  year: '2021',
  name: {
    en: 'Household Automobile Products Repair, Replacement and Return Liability Provisions (SAMR Order No. 43, 2021)',
    zh: '家用汽车产品修理更换退货责任规定（2021）',
  },
  governs: { from: '2022-01-01' },
  start: 'invoice_or_delivery',
  articles: {
    scope: '40',
    start: '18',
    freeRepair: '19',
    sevenDays: '22',
    sixtyDays: '23',
    assemblySwap: '20',
    grounds: '24',
    cumulative: '24',
    repairTime: '40',
    noEquivalentCar: '25',
    substituteCar: '21',
    useCompensation: '27',
    answer: '28',
    complete: '28',
    exemptions: '32',
  },
  legal: sanbao2021Parameters,
  exemptCauses: sanbao2021ExemptCauses,
});

/**
 * The China 三包 pack of the 2021 rules (`cn-sanbao-2021`, market CN, for cars whose start date is
 * 2022-01-01 or later), with a carmaker's overrides: longer periods, fewer repairs or days before
 * a right, a lower n, shorter deadlines. Never less than the law.
 *
 * @param overrides - what the carmaker promises beyond the law (see `SanbaoOverrides`)
 * @returns the jurisdiction, ready for a plugin's `jurisdictions`
 * @throws AftersalesError `warranty.invalid_jurisdiction` naming the field (`overrides.<field>`)
 * @example
 * const acme = createSanbaoJurisdiction2021({ repairPeriod: { months: 48, km: 100_000 } });
 * acme.evaluateRights(vehicleCase, { timeZone: 'Asia/Shanghai' }).outcome; // 'repair'
 */
export function createSanbaoJurisdiction2021(overrides?: SanbaoOverrides): SanbaoJurisdiction {
  return createSanbaoJurisdiction(sanbao2021Version, overrides);
}

/**
 * The 2021 pack with the legal figures.
 *
 * @example
 * cnSanbao2021.evaluateRights(vehicleCase, { timeZone: 'Asia/Shanghai' });
 */
export const cnSanbao2021: SanbaoJurisdiction = createSanbaoJurisdiction2021();
