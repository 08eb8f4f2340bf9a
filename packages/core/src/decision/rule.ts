import { AftersalesError } from '../errors/AftersalesError';
import type { LocalizedText } from '../i18n/LocalizedText';
import { findNonJson, type JsonObject } from '../json/JsonValue';
import { type Citation, citation } from './citation';
import type { Decision, RuleStatus, TraceStep } from './Decision';

/** Rule ids are dotted, lower-case, stable: `cn-sanbao-2021.seven-days`, `parts.reorder.pack-size`. */
const RULE_ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*$/;

/** What a rule is, before it is evaluated: its stable id, its source, and a title. */
export interface RuleInfo {
  readonly id: string;
  readonly cite: Citation;
  readonly title: LocalizedText;
}

/** A rule with builders for its trace steps, so every step carries the rule's id and citation. */
export interface Rule extends RuleInfo {
  passed(facts: JsonObject, message: LocalizedText): TraceStep;
  failed(facts: JsonObject, message: LocalizedText): TraceStep;
  notApplicable(facts: JsonObject, message: LocalizedText): TraceStep;
}

function checkText(value: unknown, path: (string | number)[]): void {
  const text = value as Partial<LocalizedText> | null | undefined;
  if (typeof text?.en !== 'string' || text.en === '' || typeof text.zh !== 'string' || text.zh === '') {
    throw AftersalesError.of('input.invalid_type', path, {
      expected: '{ en, zh } with non-empty text',
      received: value === null ? 'null' : typeof value,
    });
  }
}

function step(info: RuleInfo, status: RuleStatus, facts: JsonObject, message: LocalizedText): TraceStep {
  if (facts === null || typeof facts !== 'object' || Array.isArray(facts)) {
    throw AftersalesError.of('input.invalid_type', ['facts'], { expected: 'object', received: typeof facts });
  }
  const bad = findNonJson(facts);
  if (bad)
    throw AftersalesError.of('input.invalid', ['facts', ...bad], {
      detail: 'facts must be plain JSON',
      detailZh: 'facts 必须是纯 JSON',
    });
  checkText(message, ['message']);
  return Object.freeze({
    rule: info.id,
    status,
    facts,
    message: { en: message.en, zh: message.zh },
    cite: info.cite,
  });
}

/**
 * Declares a rule: its id and citation are fixed once, and every trace step it produces carries
 * them, so a decision can always say *why* and *on what authority*.
 *
 * @throws AftersalesError `input.invalid_format` for a malformed id, `decision.invalid_citation` for a bad citation
 * @example
 * const sevenDays = defineRule({
 *   id: 'cn-sanbao-2021.seven-days',
 *   cite: 'regulation:cn-sanbao-2021#22',
 *   title: { en: '7-day replacement or return', zh: '7日内换车或退车' },
 * });
 * const step = sevenDays.passed({ day: 5 }, { en: 'Day 5 of 7', zh: '第5日（7日内）' });
 */
export function defineRule(info: RuleInfo): Rule {
  if (info === null || typeof info !== 'object') {
    throw AftersalesError.of('input.invalid_type', [], {
      expected: 'object',
      received: info === null ? 'null' : typeof info,
    });
  }
  if (typeof info.id !== 'string' || !RULE_ID.test(info.id)) {
    throw AftersalesError.of('input.invalid_format', ['id'], {
      format: 'rule id (dotted lower-case, e.g. cn-sanbao-2021.seven-days)',
    });
  }
  const cite = citation(info.cite as string);
  checkText(info.title, ['title']);
  const base: RuleInfo = { id: info.id, cite, title: { en: info.title.en, zh: info.title.zh } };
  return Object.freeze({
    ...base,
    passed: (facts: JsonObject, message: LocalizedText) => step(base, 'passed', facts, message),
    failed: (facts: JsonObject, message: LocalizedText) => step(base, 'failed', facts, message),
    notApplicable: (facts: JsonObject, message: LocalizedText) =>
      step(base, 'not_applicable', facts, message),
  });
}

/**
 * Assembles a decision from its outcome and the steps that led to it.
 *
 * @example
 * const decision = createDecision('covered', [step], { daysLeft: 12 });
 */
export function createDecision<O extends string, D extends JsonObject = JsonObject>(
  outcome: O,
  trace: readonly TraceStep[],
  details?: D,
): Decision<O, D> {
  if (typeof outcome !== 'string' || outcome === '') {
    throw AftersalesError.of('input.invalid_type', ['outcome'], {
      expected: 'non-empty string',
      received: typeof outcome,
    });
  }
  if (!Array.isArray(trace)) {
    throw AftersalesError.of('input.invalid_type', ['trace'], { expected: 'array', received: typeof trace });
  }
  if (details === undefined) return { outcome, trace: [...trace] };
  const bad = findNonJson(details);
  if (bad)
    throw AftersalesError.of('input.invalid', ['details', ...bad], {
      detail: 'details must be plain JSON',
      detailZh: 'details 必须是纯 JSON',
    });
  return { outcome, trace: [...trace], details };
}

/**
 * Declares a rule, like {@link defineRule}, whose step builders skip the per-step checks (plain
 * JSON facts, non-empty messages) and do not freeze the step. For rule packages that build every
 * fact and message themselves from numbers and strings and write many steps: the checks cost more
 * than the rule at hundreds of thousands of decisions a second. The id, citation and title are
 * still checked once, here.
 *
 * @throws AftersalesError as {@link defineRule}
 * @example
 * const period = trustedRule({
 *   id: 'cn-sanbao-2021.repair-period',
 *   cite: 'regulation:cn-sanbao-2021#18',
 *   title: { en: 'Repair-warranty period', zh: '包修期' },
 * });
 * period.passed({ daysLeft: 12 }, { en: '12 days left', zh: '剩余 12 天' });
 */
export function trustedRule(info: RuleInfo): Rule {
  const checked = defineRule(info);
  const base = { id: checked.id, cite: checked.cite, title: checked.title };
  const build =
    (status: RuleStatus) =>
    (facts: JsonObject, message: LocalizedText): TraceStep => ({
      rule: base.id,
      status,
      facts,
      message,
      cite: base.cite,
    });
  return Object.freeze({
    ...base,
    passed: build('passed'),
    failed: build('failed'),
    notApplicable: build('not_applicable'),
  });
}
