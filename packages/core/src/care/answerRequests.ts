/**
 * Internal: closing escalations (`care.escalate`) when the customer's request is answered.
 *
 * Answers are read in time order; each closes the oldest escalation still open for the same
 * customer that was raised no later than the answer. The subjects are compared on the RO when both
 * carry one, else the VIN, else the customer. One answer closes one escalation: with two requests
 * open and one answer, the other stays open, to be seen rather than silently dropped.
 */
import { sameSubject } from './careSubject';
import type { CareBuild, ParsedCareEvent, TaskDraft } from './careTaskBook';

/** Closes the escalation each `request_answered` event answers; one answering nothing is ignored. */
export function answerRequests(build: CareBuild, answers: readonly ParsedCareEvent[]): void {
  const escalations = build.book.ofRule('care.escalate');
  const inTimeOrder = [...answers].sort((a, b) => a.ms - b.ms || a.index - b.index);
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
