import { deepFreeze } from '../../deepFreeze';
import type { RepairCause } from '../../history/repairCause';
import { createSanbaoJurisdiction, type SanbaoJurisdiction } from './createSanbaoJurisdiction';
import type { SanbaoOverrides, SanbaoParameters } from './parameters';
import type { SanbaoVersion } from './sanbaoVersion';

/**
 * The legal figures of the 2013 rules (AQSIQ Order No. 150, in force 2013-10-01 to 2021-12-31).
 * Article numbers are the 2013 text's own (they differ from the 2021 text's).
 *
 * @example
 * sanbao2013Parameters.cumulativeRepairDays; // 35: over 35 days gives a replacement (Art. 21)
 */
export const sanbao2013Parameters: SanbaoParameters = deepFreeze<SanbaoParameters>({
  repairPeriod: { months: 36, km: 60_000 }, // Art. 17
  sanbaoPeriod: { months: 24, km: 50_000 }, // Art. 17
  sevenDays: null, // no 7-day right before 2022
  sixtyDays: { days: 60, km: 3_000 }, // Arts. 18, 20
  severeFailures: ['steering_failure', 'braking_failure', 'body_cracking', 'fuel_leakage'], // Art. 20: no battery fire
  swapAssemblies: ['engine', 'transmission'], // Art. 18: engine and transmission only
  assemblyGroundAssemblies: ['engine', 'transmission'], // Art. 20(2)
  mainPartGroundAssemblies: [
    // Art. 20(2) (engine, transmission) and 20(3)
    'engine',
    'transmission',
    'steering',
    'brakes',
    'suspension',
    'front_axle',
    'rear_axle',
    'body',
  ],
  seriousSafetyRepairs: 2,
  assemblyReplacements: 2,
  mainPartReplacements: 2,
  countAssemblyWithMainPart: false, // Art. 20(2): "更换次数不重复计算"
  cumulativeRepairDays: 35, // Art. 21: over 35 days
  sameProblemRepairs: 5, // Art. 21: more than 5 times
  cumulativeOutcome: 'replacement', // Art. 21: replacement; return only under Art. 23
  substituteCarDays: 5, // Art. 19
  maxUseCompensationRate: '0.008', // Art. 25: n between 0.5 % and 0.8 %
  answerWorkingDays: 10, // not used: the 2013 text sets no answer deadline (see rules.ts)
  completeWorkingDays: 15, // Art. 24: replacement / return certificate
});

/**
 * Repair causes outside the repair duty under the 2013 rules: the Art. 30 grounds that concern a
 * repair (disclosed defect, forbidden modification, mishandling, misuse or wrong maintenance,
 * force majeure; commercial use, the other Art. 30 ground, is the scope check), plus `wear`,
 * `accident` and `external`, which are no quality problem of the product at all (Art. 18 covers
 * quality problems; wear items follow their own period on the certificate).
 */
const sanbao2013ExemptCauses: readonly RepairCause[] = deepFreeze([
  'disclosed_defect',
  'misuse',
  'modification',
  'mishandling',
  'force_majeure',
  'wear',
  'accident',
  'external',
]);

/** The 2013 version as data. */
const sanbao2013Version: SanbaoVersion = deepFreeze({
  id: 'cn-sanbao-2013',
  year: '2013',
  name: {
    en: 'Household Automobile Products Repair, Replacement and Return Liability Provisions (AQSIQ Order No. 150, 2013)',
    zh: '家用汽车产品修理、更换、退货责任规定（2013）',
  },
  governs: { from: '2013-10-01', until: '2021-12-31' },
  start: 'invoice',
  articles: {
    scope: '30',
    documents: '31',
    start: '17',
    freeRepair: '18',
    sixtyDays: '20',
    assemblySwap: '18',
    grounds: '20',
    cumulative: '21',
    repairTime: '19',
    noEquivalentCar: '23',
    substituteCar: '19',
    useCompensation: '25',
    complete: '24',
    exemptions: '30',
  },
  legal: sanbao2013Parameters,
  minUseCompensationRate: '0.005',
  exemptCauses: sanbao2013ExemptCauses,
});

/**
 * The China 三包 pack of the 2013 rules (`cn-sanbao-2013`, market CN, for cars whose start date is
 * 2013-10-01 … 2021-12-31), with a carmaker's overrides (never below the law). Periods run from
 * the invoice date; no 7-day right; over 35 days or over 5 repairs give a replacement.
 *
 * @param overrides - what the carmaker promises beyond the law (see `SanbaoOverrides`)
 * @returns the jurisdiction, ready for a plugin's `jurisdictions`
 * @throws AftersalesError `warranty.invalid_jurisdiction` naming the field (`overrides.<field>`)
 * @example
 * const pack = createSanbaoJurisdiction2013({ cumulativeRepairDays: 30 });
 * pack.parameters.cumulativeRepairDays; // 30
 */
export function createSanbaoJurisdiction2013(overrides?: SanbaoOverrides): SanbaoJurisdiction {
  return createSanbaoJurisdiction(sanbao2013Version, overrides);
}

/**
 * The 2013 pack with the legal figures.
 *
 * @example
 * cnSanbao2013.evaluateRights(vehicleCase, { timeZone: 'Asia/Shanghai' });
 */
export const cnSanbao2013: SanbaoJurisdiction = createSanbaoJurisdiction2013();
