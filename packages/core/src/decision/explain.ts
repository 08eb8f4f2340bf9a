import { AftersalesError } from '../errors/AftersalesError';
import type { Locale } from '../i18n/LocalizedText';
import type { Decision, RuleStatus, TraceStep } from './Decision';

const marks: Readonly<Record<RuleStatus, string>> = { passed: '✓', failed: '✗', not_applicable: '–' };

function checkDecision(decision: unknown): asserts decision is Pick<Decision, 'trace'> {
  const trace = (decision as { trace?: unknown } | null)?.trace;
  if (
    !Array.isArray(trace) ||
    trace.some((step) => step === null || typeof step !== 'object' || !(step.status in marks))
  ) {
    throw AftersalesError.of('input.invalid_type', ['decision'], {
      expected: 'a Decision',
      received: typeof decision,
    });
  }
}

/**
 * The steps of a decision that failed: the short answer to "why not?".
 *
 * @example
 * failedSteps(decision).map((step) => step.rule); // ['cn-sanbao-2021.periods']
 */
export function failedSteps(decision: Pick<Decision, 'trace'>): readonly TraceStep[] {
  checkDecision(decision);
  return decision.trace.filter((step) => step.status === 'failed');
}

/**
 * Renders a decision as text lines for a person: the outcome, then one line per rule with its
 * mark (✓ passed, ✗ failed, – not applicable), message and citation.
 *
 * @example
 * explainDecision(decision, 'zh').join('\n');
 * // 结论：covered
 * // ✓ 在三包起算之日起7日内（第5日） [cn-sanbao-2021.seven-days · regulation:cn-sanbao-2021#22]
 */
export function explainDecision(decision: Decision, locale: Locale = 'en'): string[] {
  checkDecision(decision);
  if (locale !== 'en' && locale !== 'zh') {
    throw AftersalesError.of('input.invalid_value', ['locale'], { allowed: ['en', 'zh'] });
  }
  const head = locale === 'zh' ? `结论：${decision.outcome}` : `Outcome: ${decision.outcome}`;
  return [
    head,
    ...decision.trace.map(
      (step) => `${marks[step.status]} ${step.message[locale]} [${step.rule} · ${step.cite}]`,
    ),
  ];
}
