/**
 * Internal: closing escalations (`care.escalate`) when the customer's request is answered.
 *
 * Answers are read in time order; each closes the oldest escalation still open for the same
 * customer that was raised no later than the answer. The subjects are compared on the RO when both
 * carry one, else the VIN, else the customer. One answer closes one escalation: with two requests
 * open and one answer, the other stays open, to be seen rather than silently dropped. Answers at the
 * same instant are taken most specific first (RO, then VIN, then customer), whatever the input order.
 */
import { sameSubject } from './careSubject';
import type { CareBuild, ParsedCareEvent, TaskDraft } from './careTaskBook';

// An answer naming an RO can close fewer escalations than one naming only the customer, so at the
// same instant it goes first (then VIN, then customer), then by the names themselves.
const specificity = (answer: ParsedCareEvent): number =>
  answer.subject.roId !== undefined ? 0 : answer.subject.vin !== undefined ? 1 : 2;
const whom = (answer: ParsedCareEvent): string =>
  [answer.subject.roId, answer.subject.vin, answer.subject.customerId]
    .map((part) => part ?? '')
    .join('\u0000');
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Closes the escalation each `request_answered` event answers; one answering nothing is ignored. */
export function answerRequests(build: CareBuild, answers: readonly ParsedCareEvent[]): void {
  const escalations = build.book.ofRule('care.escalate');
  // Answers at the same instant are taken in the order of whom they name, not of the input: which
  // escalation each closes must not depend on how the events were listed.
  const inTimeOrder = [...answers].sort(
    (a, b) =>
      a.ms - b.ms || specificity(a) - specificity(b) || compareText(whom(a), whom(b)) || a.index - b.index,
  );
  for (const answer of inTimeOrder) {
    if (answer.event.type !== 'request_answered') continue;
    let oldest: TaskDraft | undefined;
    for (const escalation of escalations) {
      if (escalation.completion !== undefined || escalation.raisedMs > answer.ms) continue;
      if (!sameSubject(escalation.subject, answer.subject, ['roId', 'vin', 'customerId'])) continue;
      if (
        oldest === undefined ||
        escalation.raisedMs < oldest.raisedMs ||
        (escalation.raisedMs === oldest.raisedMs && escalation.id < oldest.id)
      ) {
        oldest = escalation;
      }
    }
    if (oldest === undefined) {
      build.ignore(answer, 'nothing_open');
      continue;
    }
    oldest.completion = { at: answer.event.at, on: answer.on, closed: true };
    oldest.sources.add(answer.index);
  }
}
