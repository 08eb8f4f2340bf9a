import type { TraceStep } from '@aftersales/core';

/**
 * The outcomes of a 三包 evaluation, strongest first:
 * - `replacement_or_return`: a free or paid replacement of the car or its return, the customer's
 *   choice (2021 Arts. 22, 23, 24; 2013 Art. 20);
 * - `replacement`: a replacement of the car (2013 Art. 21; return only without an equivalent car);
 * - `assembly_replacement`: a free replacement of the assembly (2021 Art. 20; 2013 Art. 18);
 * - `repair`: inside the 包修期, quality problems are repaired free, no stronger right;
 * - `none`: outside every period, no right established;
 * - `out_of_scope`: commercial use, or (2013) no invoice and certificate: the rules do not apply;
 * - `not_governed`: the vehicle's start date belongs to the other version of the rules;
 * - `undetermined`: a fact the rules need is missing (start date, a moment to evaluate at).
 *
 * @example
 * const outcome = cnSanbao2021.evaluateRights(vehicleCase, { timeZone: 'Asia/Shanghai' }).outcome as SanbaoOutcome;
 */
export type SanbaoOutcome =
  | 'replacement_or_return'
  | 'replacement'
  | 'assembly_replacement'
  | 'repair'
  | 'none'
  | 'out_of_scope'
  | 'not_governed'
  | 'undetermined';

/** A remedy a rule can establish. */
type SanbaoRemedy = 'replacement_or_return' | 'replacement' | 'assembly_replacement' | 'repair';

/** What one rule returns: its trace step and, when established, the remedy it gives. */
export interface RuleResult {
  readonly step: TraceStep;
  readonly remedy?: SanbaoRemedy;
  /** The remedy is free of use compensation (2021 Arts. 22–23, 2013 Art. 20 ¶2). */
  readonly free?: boolean;
}

const strength: readonly SanbaoRemedy[] = [
  'replacement_or_return',
  'replacement',
  'assembly_replacement',
  'repair',
];

/**
 * The strongest remedy established by the rules, or `none`.
 *
 * @example
 * strongestRemedy([{ step, remedy: 'repair' }, { step, remedy: 'assembly_replacement' }]); // 'assembly_replacement'
 */
export function strongestRemedy(results: readonly RuleResult[]): SanbaoRemedy | 'none' {
  for (const remedy of strength) if (results.some((r) => r.remedy === remedy)) return remedy;
  return 'none';
}
