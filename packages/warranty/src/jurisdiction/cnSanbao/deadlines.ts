import {
  addWorkingDays,
  type BusinessCalendar,
  createBusinessCalendar,
  type JsonObject,
  type Rule,
  type TraceStep,
  toCalendarDate,
} from '@aftersales/core';
import type { SanbaoContext } from './sanbaoCase';

const CALENDAR_NOTE = 'Mon–Fri, public holidays and 调休 make-up days not known';

/**
 * The seller's deadlines from the customer's request (`requestedAt`, its local date in the dealer's
 * zone; the request day itself is not counted, core `addWorkingDays`):
 * - answer within 10 working days (2021 Art. 28; the 2013 text sets no answer deadline);
 * - complete a due replacement or return within 20 working days (2021 Art. 28); the 2013 rules
 *   instead give 15 working days to issue the replacement or return certificate (Art. 24).
 *
 * The context carries only the time zone, so working days are a plain Monday–Friday calendar:
 * public holidays and 调休 make-up days are not known here and the facts say so (a caller with the
 * dealer's calendar can recompute with core `addWorkingDays`).
 *
 * @example
 * deadlineSteps(context, { answer, complete }, true).deadlines; // { requestDate, answerBy, completeBy }
 */
export function deadlineSteps(
  context: SanbaoContext,
  rules: { readonly answer: Rule; readonly complete: Rule },
  replacementDue: boolean,
): { steps: TraceStep[]; deadlines: JsonObject | null } {
  const { input, params, version } = context;
  const requestedAt = input.requestedAt;
  if (requestedAt === undefined) {
    const none = { en: 'No request recorded: no deadline runs', zh: '未记录消费者的要求：不计算期限' };
    return {
      deadlines: null,
      steps: [
        rules.answer.notApplicable({ requestedAt: null }, none),
        rules.complete.notApplicable({ requestedAt: null }, none),
      ],
    };
  }
  const calendar: BusinessCalendar = createBusinessCalendar({ timeZone: context.timeZone });
  const requestDate = toCalendarDate(requestedAt, context.timeZone);
  const answerBy =
    version.articles.answer === undefined
      ? null
      : addWorkingDays(calendar, requestDate, params.answerWorkingDays);
  const completeBy = replacementDue
    ? addWorkingDays(calendar, requestDate, params.completeWorkingDays)
    : null;
  const facts = { requestedAt, requestDate, calendar: CALENDAR_NOTE };
  const answer =
    version.articles.answer === undefined
      ? rules.answer.notApplicable(facts, {
          en: `The ${version.year} rules set no deadline for the seller's answer`,
          zh: `${version.year} 年规定未设定销售者答复期限`,
        })
      : rules.answer.passed(
          { ...facts, workingDays: params.answerWorkingDays, answerBy },
          {
            en: `Request received ${requestDate}: the seller answers by ${answerBy}, ${params.answerWorkingDays} working days (Art. ${version.articles.answer}; ${CALENDAR_NOTE})`,
            zh: `${requestDate} 收到要求：销售者应于 ${answerBy} 前答复（${params.answerWorkingDays} 个工作日，第${version.articles.answer}条；按周一至周五计，未含法定节假日及调休）`,
          },
        );
  const art = version.articles.complete;
  const what =
    version.year === '2021'
      ? { en: 'complete the replacement or return', zh: '完成换车或退车' }
      : { en: 'issue the replacement or return certificate', zh: '出具换车证明或退车证明' };
  const complete =
    completeBy === null
      ? rules.complete.notApplicable(
          { ...facts, workingDays: params.completeWorkingDays },
          {
            en: 'No replacement or return is due: no completion deadline',
            zh: '不涉及换车或退车：无办理期限',
          },
        )
      : rules.complete.passed(
          { ...facts, workingDays: params.completeWorkingDays, completeBy },
          {
            en: `The seller must ${what.en} by ${completeBy}, ${params.completeWorkingDays} working days after ${requestDate} (Art. ${art})`,
            zh: `销售者应于 ${completeBy} 前${what.zh}（${requestDate} 起 ${params.completeWorkingDays} 个工作日，第${art}条）`,
          },
        );
  return {
    steps: [answer, complete],
    deadlines: { requestDate, answerBy, completeBy, calendar: CALENDAR_NOTE },
  };
}
