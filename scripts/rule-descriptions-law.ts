/**
 * What the rules of the legal packs decide, for docs/rules.md: the 三包 rules with each pack's own
 * figures (its `parameters`), and the legal floor `evaluateWarranty` applies after a policy.
 */
import { formatExact, type LocalizedText, multiplyExact, parseExact } from '@aftersales/core';
import { cnSanbao2013, type Jurisdiction, type SanbaoJurisdiction } from '@aftersales/warranty';

const t = (en: string, zh: string): LocalizedText => ({ en, zh });

/** A fraction as a percentage, exactly: `'0.005'` → `'0.5'`. */
export const percent = (fraction: string): string =>
  formatExact(multiplyExact(parseExact(fraction) as never, parseExact('100') as never));

const ASSEMBLIES: Readonly<Record<string, LocalizedText>> = {
  engine: t('engine', '发动机'),
  transmission: t('transmission', '变速器'),
  traction_battery: t('traction battery', '动力蓄电池'),
  drive_motor: t('drive motor', '驱动电机'),
  steering: t('steering', '转向系统'),
  brakes: t('brakes', '制动系统'),
  suspension: t('suspension', '悬架系统'),
  drivetrain: t('drivetrain', '传动系统'),
  emission: t('emission control', '污染控制装置'),
  body: t('body', '车身'),
  front_axle: t('front axle', '前桥'),
  rear_axle: t('rear axle', '后桥'),
  steering_failure: t('steering failure', '转向系统失效'),
  braking_failure: t('braking failure', '制动系统失效'),
  body_cracking: t('body cracking', '车身开裂'),
  fuel_leakage: t('fuel leakage', '燃油泄漏'),
  battery_fire: t('traction-battery fire', '动力蓄电池起火'),
};

function list(names: readonly string[]): LocalizedText {
  const named = names.map((name) => {
    const text = ASSEMBLIES[name];
    if (text === undefined) throw new Error(`rule-table: no name for '${name}'`);
    return text;
  });
  return t(named.map((name) => name.en).join(', '), named.map((name) => name.zh).join('、'));
}

/** The rules of a 三包 pack, with the pack's own figures. */
export function sanbaoWhat(name: string, pack: SanbaoJurisdiction): LocalizedText | undefined {
  const p = pack.parameters;
  const remedy =
    p.cumulativeOutcome === 'replacement'
      ? t('replacement', '换车')
      : t('replacement or return', '换车或退车');
  const km = (n: number) => n.toLocaleString('en-US');
  switch (name) {
    case 'scope':
      return t(
        'Household cars only: a car used for hire or other business is outside the rules',
        '仅适用于家用汽车产品：用于出租等经营活动的车辆不适用',
      );
    case 'documents':
      return t(
        'No valid purchase invoice and 三包 certificate: outside the rules',
        '无有效购车发票和三包凭证的，不适用',
      );
    case 'start':
      return pack.start === 'invoice'
        ? t('The periods start on the purchase-invoice date', '三包期限自开具购车发票之日起算')
        : t(
            'The periods start on the invoice date, or the delivery date where it differs',
            '三包期限自开具购车发票之日起算，交付日期不同的自交付之日起算',
          );
    case 'version':
      return t(
        'Which version governs: the rules in force on the start date',
        '适用的规定版本：以起算日有效的规定为准',
      );
    case 'repair-period':
      // The same id is the rights pack's periods and evaluateWarranty's legal floor for one repair.
      return t(
        `包修期 ${p.repairPeriod.months} months or ${km(p.repairPeriod.km)} km (a quality problem is repaired free in it, even where the policy ends sooner), 三包有效期 ${p.sanbaoPeriod.months} months or ${km(p.sanbaoPeriod.km)} km, whichever first`,
        `包修期${p.repairPeriod.months}个月或${km(p.repairPeriod.km)}公里（期内质量问题免费修理，即使厂家保修已到期），三包有效期${p.sanbaoPeriod.months}个月或${km(p.sanbaoPeriod.km)}公里，以先到者为准`,
      );
    case 'seven-days': {
      if (p.sevenDays === null)
        return t(
          'No 7-day right in these rules (the 2021 rules brought it)',
          '本规定无7日内换退车条款（2021年规定新增）',
        );
      const parts = list(p.swapAssemblies);
      return t(
        `Within ${p.sevenDays} days, a quality problem needing a new ${parts.en} or one of their main parts: free replacement or return`,
        `${p.sevenDays}日内因质量问题需更换${parts.zh}或其主要零部件的：免费换车或退车`,
      );
    }
    case 'sixty-days': {
      const failures = list(p.severeFailures);
      return t(
        `Within ${p.sixtyDays.days} days or ${km(p.sixtyDays.km)} km: ${failures.en}: free replacement or return`,
        `${p.sixtyDays.days}日或${km(p.sixtyDays.km)}公里内出现${failures.zh}的：免费换车或退车`,
      );
    }
    case 'assembly-swap': {
      const parts = list(p.swapAssemblies);
      return t(
        `Within ${p.sixtyDays.days} days or ${km(p.sixtyDays.km)} km, a main part of the ${parts.en} fails: the whole assembly replaced free`,
        `${p.sixtyDays.days}日或${km(p.sixtyDays.km)}公里内${parts.zh}的主要零部件出现质量问题的：免费更换总成`,
      );
    }
    case 'serious-safety':
      return t(
        `A serious safety fault repaired ${p.seriousSafetyRepairs} times and not fixed, or a new one: replacement or return`,
        `严重安全性能故障累计修理${p.seriousSafetyRepairs}次仍未排除或又出现新的：换车或退车`,
      );
    case 'assembly-replaced-twice': {
      const parts = list(p.assemblyGroundAssemblies);
      return t(
        `The ${parts.en} replaced ${p.assemblyReplacements} times and still unusable: replacement or return`,
        `${parts.zh}累计更换${p.assemblyReplacements}次仍不能正常使用的：换车或退车`,
      );
    }
    case 'main-part-replaced-twice': {
      const parts = list(p.mainPartGroundAssemblies);
      return t(
        `The same main part of the ${parts.en} replaced ${p.mainPartReplacements} times and still unusable: replacement or return`,
        `${parts.zh}的同一主要零部件累计更换${p.mainPartReplacements}次仍不能正常使用的：换车或退车`,
      );
    }
    case 'repair-time':
      return t(
        `Cumulative repair time over ${p.cumulativeRepairDays} days: ${remedy.en}`,
        `累计修理时间超过${p.cumulativeRepairDays}日的：${remedy.zh}`,
      );
    case 'same-problem':
      return t(
        `The same quality problem repaired more than ${p.sameProblemRepairs} times: ${remedy.en}`,
        `同一质量问题累计修理超过${p.sameProblemRepairs}次的：${remedy.zh}`,
      );
    case 'substitute-car':
      return t(
        `A single repair over ${p.substituteCarDays} days: a substitute car or transport compensation from day ${p.substituteCarDays + 1}`,
        `单次修理超过${p.substituteCarDays}日的：自第${p.substituteCarDays + 1}日起提供备用车或交通费用补偿`,
      );
    case 'use-compensation':
      return t(
        `Reasonable-use compensation on a replacement or return for repeated failures: price × km ÷ 1,000 × n, n at most ${percent(p.maxUseCompensationRate)} %`,
        `因多次故障换车或退车时的合理使用补偿：车价 × 行驶里程 ÷ 1000 × n，n 不超过 ${percent(p.maxUseCompensationRate)}%`,
      );
    case 'answer-deadline':
      return pack.id === cnSanbao2013.id
        ? t(
            'These rules set no deadline for the answer: the step says so and cites the certificate deadline',
            '本规定未设答复期限：该步骤予以说明并引用凭证出具期限',
          )
        : t(
            `The seller answers a request within ${p.answerWorkingDays} working days`,
            `销售者在${p.answerWorkingDays}个工作日内答复`,
          );
    case 'completion-deadline':
      return pack.id === cnSanbao2013.id
        ? t(
            `The replacement or return certificate within ${p.completeWorkingDays} working days`,
            `${p.completeWorkingDays}个工作日内出具换车或退车证明`,
          )
        : t(
            `A due replacement or return is done within ${p.completeWorkingDays} working days`,
            `应换车或退车的，在${p.completeWorkingDays}个工作日内办理完毕`,
          );
    default:
      return undefined;
  }
}

/** The legal floor `evaluateWarranty` applies after the policy, per pack (`<pack>.repair-*`). */
export function floorWhat(name: string, pack: Jurisdiction): LocalizedText | undefined {
  const period = pack.repairFloor?.period;
  const km = (period?.km ?? 0).toLocaleString('en-US');
  const figures =
    period === undefined
      ? t('', '')
      : t(` (${period.months} months or ${km} km)`, `（${period.months}个月或${km}公里）`);
  switch (name) {
    case 'repair-scope':
      return t(
        'The legal free repair covers household (non-commercial) use only',
        '法定免费修理仅适用于家庭（非营运）使用',
      );
    case 'repair-exemptions':
      return t(
        'No legal free repair for an exempt cause (misuse, modification, accident, wear…)',
        '免责情形（使用不当、改装、事故、磨损等）不享受法定免费修理',
      );
    case 'repair-period':
      return t(
        `A quality problem inside the 包修期${figures.en} is repaired free, even where the policy ends sooner`,
        `包修期内${figures.zh}的质量问题免费修理，即使厂家保修已到期`,
      );
    default:
      return undefined;
  }
}
