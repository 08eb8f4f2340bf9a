import type { KpiTarget } from '@aftersales/kpi';
import { formatKpiValue } from './formatNumbers';

/**
 * A target's bounds as the report shows them: `≥ 110 %`, `< 2 %`, `≥ 65 %, ≤ 75 %`; an en dash
 * without a target.
 *
 * @example
 * formatTarget({ atLeast: '800', cite: 'manual:ro.revenue.avg' }, 'money', 'CNY'); // '≥ 800 CNY'
 * formatTarget(undefined, 'percent'); // '–'
 */
export function formatTarget(target: KpiTarget | null | undefined, unit: string, currency?: string): string {
  if (target === null || target === undefined) return '–';
  const bounds: [string, string | undefined][] = [
    ['≥', target.atLeast],
    ['>', target.above],
    ['≤', target.atMost],
    ['<', target.below],
  ];
  const shown = bounds
    .filter((bound): bound is [string, string] => bound[1] !== undefined)
    .map(([sign, value]) => `${sign} ${formatKpiValue(value, unit, currency)}`);
  return shown.length === 0 ? '–' : shown.join(', ');
}
