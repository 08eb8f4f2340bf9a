import { compareExact, type ExactDecimal, parseExact, type Rule, trustedRule } from '@aftersales/core';
import type { Coverage, CoverageScope, WarrantyPolicy } from '../policy/warrantyPolicy';
import type { RepairFacts } from './repairFacts';
import { StepCache } from './stepCache';

/** A coverage with its lists as sets and its citations written once. */
export interface CompiledCoverage {
  readonly coverage: Coverage;
  readonly matches: (facts: RepairFacts) => boolean;
  readonly causes: ReadonlySet<string>;
  readonly deductible: string | undefined;
  /** The period step, citing the field that set the period applied (`period`, `firstOwner`, `laterOwners`). */
  readonly rules: { readonly period: Rule; readonly firstOwner: Rule; readonly laterOwners: Rule };
}

/** A policy prepared for many decisions: compiled once per policy object. */
export interface CompiledPolicy {
  readonly policy: WarrantyPolicy;
  readonly coverages: readonly CompiledCoverage[];
  readonly preAuthorizationAbove: ExactDecimal | undefined;
  /** Steps shared by decisions (see stepCache.ts): by sale date, start, scope key, condition. */
  readonly steps: {
    readonly inForce: StepCache;
    readonly start: StepCache;
    readonly scope: StepCache;
    readonly conditions: StepCache;
  };
  readonly rules: {
    readonly inForce: Rule;
    readonly start: Rule;
    readonly scope: Rule;
    readonly firstMaintenance: Rule;
    readonly noCommercialUse: Rule;
    readonly noModification: Rule;
    readonly notAccidentDamage: Rule;
    readonly preAuthorization: Rule;
  };
}

const cache = new WeakMap<WarrantyPolicy, CompiledPolicy>();

function scopeTest(scope: CoverageScope): (facts: RepairFacts) => boolean {
  const systems = new Set<string>(scope.systems);
  const groups = new Set<string>(scope.partGroups);
  const codes = scope.failureCodes;
  return (facts) => {
    if (facts.system !== undefined && systems.has(facts.system)) return true;
    if (facts.partGroup !== undefined && groups.has(facts.partGroup)) return true;
    const code = facts.failureCode;
    if (code !== undefined) for (const prefix of codes) if (code.startsWith(prefix)) return true;
    return false;
  };
}

function compileCoverage(policy: WarrantyPolicy, coverage: Coverage): CompiledCoverage {
  const covers = scopeTest(coverage.covers);
  const excludes = coverage.excludes === undefined ? undefined : scopeTest(coverage.excludes);
  const rule = (name: string): Rule =>
    trustedRule({
      id: 'warranty.coverage.period',
      cite: `oem:${policy.id}#coverages.${coverage.id}.${name}`,
      title: { en: 'Coverage period, whichever comes first', zh: '保修期限（以先到者为准）' },
    });
  return {
    coverage,
    matches: excludes === undefined ? covers : (facts) => covers(facts) && !excludes(facts),
    causes: new Set(coverage.causes),
    deductible: coverage.deductible,
    rules: { period: rule('period'), firstOwner: rule('firstOwner'), laterOwners: rule('laterOwners') },
  };
}

/** The compiled form of a validated policy (cached by object). */
export function compilePolicy(policy: WarrantyPolicy): CompiledPolicy {
  const known = cache.get(policy);
  if (known) return known;
  const compiled: CompiledPolicy = {
    policy,
    coverages: policy.coverages.map((coverage) => compileCoverage(policy, coverage)),
    preAuthorizationAbove:
      policy.preAuthorizationAbove === undefined ? undefined : parseExact(policy.preAuthorizationAbove),
    steps: {
      inForce: new StepCache(),
      start: new StepCache(),
      scope: new StepCache(),
      conditions: new StepCache(),
    },
    rules: policyRules(policy.id),
  };
  cache.set(policy, compiled);
  return compiled;
}

/** True when `amount` (a checked decimal) is above the dealer's authority. */
export function isAboveAuthority(compiled: CompiledPolicy, amount: string): boolean {
  const above = compiled.preAuthorizationAbove;
  return above !== undefined && compareExact(parseExact(amount) as ExactDecimal, above) > 0;
}

/** The policy-level rules; ids are fixed, each cites the field of this policy it reads. */
function policyRules(policyId: string): CompiledPolicy['rules'] {
  const rule = (id: string, field: string, en: string, zh: string): Rule =>
    trustedRule({ id, cite: `oem:${policyId}#${field}`, title: { en, zh } });
  return {
    inForce: rule(
      'warranty.policy.in-force',
      'soldFrom',
      'The policy in force when the vehicle was sold',
      '车辆销售时有效的保修政策',
    ),
    start: rule('warranty.policy.start', 'startEvent', 'When coverage starts', '保修起算日'),
    scope: rule(
      'warranty.coverage.scope',
      'coverages',
      'Which coverages cover the repair',
      '适用于该维修的保修项目',
    ),
    firstMaintenance: rule(
      'warranty.condition.first-maintenance',
      'conditions.firstMaintenance',
      'First maintenance done on time',
      '按时完成首保',
    ),
    noCommercialUse: rule(
      'warranty.condition.no-commercial-use',
      'conditions.noCommercialUse',
      'No commercial use',
      '非营运使用',
    ),
    noModification: rule(
      'warranty.condition.no-modification',
      'conditions.noModification',
      'No forbidden modification',
      '未擅自改装',
    ),
    notAccidentDamage: rule(
      'warranty.condition.not-accident-damage',
      'conditions.notAccidentDamage',
      'Not accident damage',
      '非事故损伤',
    ),
    preAuthorization: rule(
      'warranty.pre-authorization',
      'preAuthorizationAbove',
      "Pre-authorization above the dealer's authority",
      '超权限预授权',
    ),
  };
}
