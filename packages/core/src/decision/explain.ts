import { AftersalesError } from '../errors/AftersalesError';
import { typeName } from '../errors/guards';
import type { Locale } from '../i18n/LocalizedText';
import type { Decision, RuleStatus, TraceStep } from './Decision';

const marks: Readonly<Record<RuleStatus, string>> = { passed: '✓', failed: '✗', not_applicable: '–' };

function checkDecision(decision: unknown): asserts decision is Pick<Decision, 'trace'> {
  const trace = (decision as { trace?: unknown } | null)?.trace;
  if (
    !Array.isArray(trace) ||
    // A string and an own key: `'toString' in marks` is true, and a key that is an object calls its toString.
    trace.some(
      (step) =>
        step === null ||
        typeof step !== 'object' ||
        typeof step.status !== 'string' ||
        !Object.hasOwn(marks, step.status),
    )
  ) {
    throw AftersalesError.of('input.invalid_type', ['decision'], {
      expected: 'a Decision',
      received: typeof decision,
    });
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** What a line of the explanation reads: the outcome, and each step's message, rule and citation. */
function checkExplainable(decision: Pick<Decision, 'trace' | 'outcome'>): void {
  if (!isText(decision.outcome)) {
    throw AftersalesError.of('input.invalid_type', ['decision', 'outcome'], {
      expected: 'string',
      received: typeName(decision.outcome),
    });
  }
  decision.trace.forEach((step: unknown, index) => {
    const { message, rule, cite } = step as Record<string, unknown>;
    const text = message as Record<string, unknown> | null;
    const bad =
      text === null || typeof text !== 'object' || !isText(text.en) || !isText(text.zh)
        ? 'message'
        : !isText(rule)
          ? 'rule'
          : !isText(cite)
            ? 'cite'
            : undefined;
    if (bad !== undefined) {
      throw AftersalesError.of('input.invalid_type', ['decision', 'trace', index, bad], {
        expected: bad === 'message' ? '{ en, zh }' : 'string',
        received: typeName((step as Record<string, unknown>)[bad]),
      });
    }
  });
}

/**
 * The steps of a decision that failed: the short answer to "why not?".
 *
 * @example
 * failedSteps(decision).map((step) => step.rule); // e.g. ['cn-sanbao-2021.repair-period']: outside 包修期
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
  checkExplainable(decision);
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
