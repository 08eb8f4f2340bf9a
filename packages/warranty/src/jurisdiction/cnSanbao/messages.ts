import type { LocalizedText } from '@aftersales/core';
import type { Assembly, SevereFailure } from '../../history/repairAttempt';
import type { SanbaoRepair } from './sanbaoCase';

/** English and Chinese names of the assemblies the rules count. */
export const assemblyNames: Readonly<Record<Assembly, LocalizedText>> = {
  engine: { en: 'engine', zh: '发动机' },
  transmission: { en: 'transmission', zh: '变速器' },
  traction_battery: { en: 'traction battery', zh: '动力蓄电池' },
  drive_motor: { en: 'drive motor', zh: '行驶驱动电机' },
  steering: { en: 'steering system', zh: '转向系统' },
  brakes: { en: 'braking system', zh: '制动系统' },
  suspension: { en: 'suspension', zh: '悬架系统' },
  drivetrain: { en: 'drivetrain', zh: '传动系统' },
  emission: { en: 'emission-control device', zh: '污染控制装置' },
  body: { en: 'body', zh: '车身' },
  front_axle: { en: 'front axle', zh: '前桥' },
  rear_axle: { en: 'rear axle', zh: '后桥' },
};

/** English and Chinese names of the failures of the 60-day list. */
export const severeFailureNames: Readonly<Record<SevereFailure, LocalizedText>> = {
  steering_failure: { en: 'steering failure', zh: '转向系统失效' },
  braking_failure: { en: 'braking failure', zh: '制动系统失效' },
  body_cracking: { en: 'body cracking', zh: '车身开裂' },
  fuel_leakage: { en: 'fuel leakage', zh: '燃油泄漏' },
  battery_fire: { en: 'traction-battery fire', zh: '动力蓄电池起火' },
};

/** A list of assemblies in both languages ("engine, transmission" / "发动机、变速器"). */
export function namesOf(assemblies: readonly Assembly[]): LocalizedText {
  return {
    en: assemblies.map((a) => assemblyNames[a].en).join(', '),
    zh: assemblies.map((a) => assemblyNames[a].zh).join('、'),
  };
}

/** RO ids joined for a message. */
export function roList(repairs: readonly SanbaoRepair[]): string {
  return repairs.map((r) => r.repair.roId).join(', ');
}

/** An integer with thousands separators, the way the regulation writes km (3,000). */
export function km(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 day" / "6 days". */
export function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** The text with its first letter in upper case (messages that begin with a name). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The facts of one repair most rules list. */
export function repairFacts(r: SanbaoRepair): { roId: string; date: string; day: number; km: number } {
  return { roId: r.repair.roId, date: r.date, day: r.day, km: r.km };
}
