import type { TraceStep } from '@aftersales/core';
import type { RepairCause } from '../history/repairCause';
import type { Assessment, ConditionCheck } from './assessCoverage';
import { dateOf, dayNumberOf } from './dayMath';
import { periodText } from './numberText';

const START_TEXT = {
  invoice: { en: 'invoice date', zh: '购车发票日期' },
  delivery: { en: 'delivery date', zh: '交车日期' },
  sale: { en: 'sale date', zh: '销售日期' },
} as const;

/** Which policy applied and when coverage started. */
export function policySteps(assessment: Assessment, soldOn: string): TraceStep[] {
  const { steps } = assessment.compiled;
  // Small-integer keys: the sale day; the start day when coverage starts at 0 km (the usual case).
  const soldKey = dayNumberOf(soldOn);
  const start =
    assessment.facts.startKm === 0
      ? (steps.start.find(assessment.startDay) ??
        steps.start.keep(assessment.startDay, startStep(assessment)))
      : startStep(assessment);
  return [steps.inForce.find(soldKey) ?? steps.inForce.keep(soldKey, inForceStep(assessment, soldOn)), start];
}

function inForceStep(assessment: Assessment, soldOn: string): TraceStep {
  const { policy, rules } = assessment.compiled;
  return rules.inForce.passed(
    {
      policy: policy.id,
      version: policy.version,
      soldOn,
      soldFrom: policy.soldFrom,
      soldUntil: policy.soldUntil ?? null,
    },
    {
      en: `Policy ${policy.id} ${policy.version} applies: sold ${soldOn}, policy for sales from ${policy.soldFrom}`,
      zh: `适用保修政策 ${policy.id}（${policy.version}）：销售日期 ${soldOn}，政策适用于 ${policy.soldFrom} 起销售的车辆`,
    },
  );
}

function startStep(assessment: Assessment): TraceStep {
  const { policy, rules } = assessment.compiled;
  const start = START_TEXT[policy.startEvent];
  return rules.start.passed(
    { startEvent: policy.startEvent, startDate: assessment.startDate, startKm: assessment.facts.startKm },
    {
      en: `Coverage starts on the ${start.en}, ${assessment.startDate}, at ${assessment.facts.startKm} km`,
      zh: `保修自${start.zh} ${assessment.startDate} 起算（${assessment.facts.startKm} km）`,
    },
  );
}

function firstMaintenanceStep(assessment: Assessment, check: ConditionCheck): TraceStep {
  const rule = assessment.compiled.rules.firstMaintenance;
  const within = assessment.compiled.policy.conditions.firstMaintenance?.within;
  const words = periodText(within ?? { months: 0 });
  const window = check.window;
  const done = assessment.facts.firstMaintenance;
  const days = window?.dayMargin ?? Number.NaN;
  const km = window?.kmMargin ?? Number.NaN;
  const facts = {
    status: check.status,
    endDate: window?.endDay === undefined ? null : dateOf(window.endDay),
    kmLimit: window?.kmLimit ?? null,
    daysLeft: Number.isFinite(days) && days >= 0 ? days : null,
    daysOver: days < 0 ? -days : null,
    kmLeft: Number.isFinite(km) && km >= 0 ? km : null,
    kmOver: km < 0 ? -km : null,
    doneKm: done ? done.km : null,
  };
  if (check.status === 'unknown') {
    return rule.notApplicable(facts, {
      en: `First maintenance (due within ${words.en}) not recorded: not checked`,
      zh: `首保（应在${words.zh}内完成）无记录：未检查`,
    });
  }
  if (check.status === 'not_due') {
    return rule.passed(facts, {
      en: `First maintenance not done yet and not due (within ${words.en})`,
      zh: `尚未首保，首保期限（${words.zh}）未到`,
    });
  }
  if (check.status === 'met') {
    return rule.passed(facts, {
      en: `First maintenance done within ${words.en}`,
      zh: `已在${words.zh}内完成首保`,
    });
  }
  return rule.failed(facts, {
    en: `First maintenance not done within ${words.en}`,
    zh: `未在${words.zh}内完成首保`,
  });
}

const CONDITION_CODE = { firstMaintenance: 0, noCommercialUse: 1, noModification: 2, notAccidentDamage: 3 };
const STATUS_CODE = { met: 0, breached: 1, not_due: 2, unknown: 3 };
const USE_CODE = { private: 0, commercial: 1, unknown: 2 };
const CAUSE_CODE: Record<RepairCause, number> = {
  quality: 0,
  wear: 1,
  accident: 2,
  misuse: 3,
  modification: 4,
  mishandling: 5,
  force_majeure: 6,
  disclosed_defect: 7,
  external: 8,
};

const SIMPLE = {
  noCommercialUse: {
    met: { en: 'Private use', zh: '非营运使用' },
    breached: {
      en: 'The vehicle is in commercial use (hire, ride-hailing, logistics)',
      zh: '车辆为营运使用',
    },
    unknown: { en: 'Use of the vehicle not recorded: not checked', zh: '车辆使用性质无记录：未检查' },
  },
  noModification: {
    met: { en: 'No forbidden modification caused the failure', zh: '故障并非擅自改装所致' },
    breached: { en: 'The failure comes from a forbidden modification', zh: '故障由擅自改装引起' },
    unknown: { en: 'Not known', zh: '未知' },
  },
  notAccidentDamage: {
    met: { en: 'Not accident damage', zh: '非事故损伤' },
    breached: { en: 'The failure is accident damage', zh: '故障为事故损伤' },
    unknown: { en: 'Not known', zh: '未知' },
  },
} as const;

function simpleConditionStep(assessment: Assessment, check: ConditionCheck): TraceStep {
  const key = check.key as keyof typeof SIMPLE;
  const rule = assessment.compiled.rules[key];
  const text = SIMPLE[key];
  const facts = { status: check.status, use: assessment.facts.use ?? null, cause: assessment.facts.cause };
  if (check.status === 'breached') return rule.failed(facts, text.breached);
  if (check.status === 'unknown') return rule.notApplicable(facts, text.unknown);
  return rule.passed(facts, text.met);
}

/** One step per condition the policy sets, in the policy's order. */
export function conditionSteps(assessment: Assessment, trace: TraceStep[]): void {
  const cache = assessment.compiled.steps.conditions;
  for (const check of assessment.conditions) {
    if (check.key === 'firstMaintenance') {
      trace.push(firstMaintenanceStep(assessment, check));
      continue;
    }
    // A simple condition's step depends on its status, the use and the cause only.
    const key =
      CONDITION_CODE[check.key] * 1000 +
      STATUS_CODE[check.status] * 100 +
      USE_CODE[assessment.facts.use ?? 'unknown'] * 10 +
      CAUSE_CODE[assessment.facts.cause];
    trace.push(cache.find(key) ?? cache.keep(key, simpleConditionStep(assessment, check)));
  }
}

/**
 * Which coverages cover the repaired system, part group or failure code. Shared per system when
 * the repair names only a system (the usual request); written for each request otherwise.
 */
export function scopeStep(assessment: Assessment): TraceStep {
  const { facts, compiled } = assessment;
  if (facts.failureCode !== undefined) return writeScopeStep(assessment);
  // Keyed by system and part group: ids hold no '|' … but they may, so the key also counts on the
  // part group's length to keep 'a|b' + 'c' apart from 'a' + 'b|c'.
  const group = facts.partGroup ?? '';
  const key = `${facts.system ?? ''}|${group.length}|${group}`;
  return compiled.steps.scope.find(key) ?? compiled.steps.scope.keep(key, writeScopeStep(assessment));
}

function writeScopeStep(assessment: Assessment): TraceStep {
  const { facts, checks } = assessment;
  const rule = assessment.compiled.rules.scope;
  const en: string[] = [];
  const zh: string[] = [];
  if (facts.system !== undefined) {
    en.push(`system ${facts.system}`);
    zh.push(`系统 ${facts.system}`);
  }
  if (facts.partGroup !== undefined) {
    en.push(`part group ${facts.partGroup}`);
    zh.push(`配件组 ${facts.partGroup}`);
  }
  if (facts.failureCode !== undefined) {
    en.push(`failure code ${facts.failureCode}`);
    zh.push(`故障代码 ${facts.failureCode}`);
  }
  const stated =
    en.length === 0
      ? { en: 'nothing stated', zh: '未说明维修部位' }
      : { en: en.join(', '), zh: zh.join('，') };
  const ids = checks.map((check) => check.compiled.coverage.id);
  const shown = {
    system: facts.system ?? null,
    partGroup: facts.partGroup ?? null,
    failureCode: facts.failureCode ?? null,
    coverages: ids,
  };
  if (ids.length === 0) {
    return rule.failed(shown, {
      en: `No coverage of the policy covers the repair (${stated.en})`,
      zh: `政策中没有覆盖该维修的保修项目（${stated.zh}）`,
    });
  }
  return rule.passed(shown, {
    en: `Coverages for this repair: ${ids.join(', ')} (${stated.en})`,
    zh: `覆盖该维修的保修项目：${ids.join('、')}（${stated.zh}）`,
  });
}
