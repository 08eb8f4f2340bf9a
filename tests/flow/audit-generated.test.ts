import { auditRepairOrders } from '@aftersales/core';
import { generateRepairOrderLogs } from '@aftersales/testkit';
import { describe, expect, it } from 'vitest';

/** The audit over the testkit generator's logs: clean where the generator promises no fault, findings where it plants one. */
const SHANGHAI = { timeZone: 'Asia/Shanghai' } as const;

describe('auditRepairOrders over 2,000 generated ROs', () => {
  it('finds nothing on logs generated without faults', () => {
    // The generator promises faults only at `faultRate`. Seeds 1, 2 and 7 each show one way its
    // fault-free logs still break an SLA (see the lines listed when this fails).
    const dirty = [1, 2, 7].flatMap((seed) =>
      auditRepairOrders(generateRepairOrderLogs({ seed, count: 2000, faultRate: 0 }), SHANGHAI)
        .results.filter((r) => r.status !== 'clean')
        .map((r) => [
          seed,
          r.recordId,
          r.findings.map((f) => [f.rule, f.kind, f.facts.startedAt, f.facts.stoppedAt]),
        ]),
    );
    expect(dirty).toEqual([]);
  });

  describe('with a fault in every RO', () => {
    const logs = generateRepairOrderLogs({ seed: 7, count: 2000, faultRate: 1 });
    // After the last event of the last RO (about 100 days of 20 ROs from 2 January).
    const asOf = '2025-01-01T00:00:00+08:00';

    it('finds at least one thing wrong with every RO once every clock has run out', () => {
      const report = auditRepairOrders(logs, { ...SHANGHAI, asOf });
      expect(report.summary).toMatchObject({ records: 2000, clean: 0, withFindings: 2000, invalid: 0 });
    });

    it('leaves clean, without asOf, only the ROs whose fault is a missing event: a clock still running', () => {
      // Fault 4 drops the second follow-up; an RO cancelled at reception keeps its fault unused
      // and has no customer record. Both are pending, not late, until asOf says the time is up.
      const report = auditRepairOrders(logs, SHANGHAI);
      const clean = report.results.filter((r) => r.status === 'clean');
      expect(clean.length).toBeGreaterThan(0);
      for (const result of clean) {
        const events = logs[result.row]?.events ?? [];
        const seconds = events.filter((e) => e.type === 'record_follow_up' && e.data?.kind === 'second');
        if (result.state === 'cancelled') expect(result.pending).toContain('care.archive');
        else {
          expect(seconds).toEqual([]);
          expect(result.pending).toContain('care.followup.second');
        }
      }
    });

    it('reports each delivery after closing (fault 5) at its index, as a step out of place', () => {
      const report = auditRepairOrders(logs, SHANGHAI);
      let expected = 0;
      report.results.forEach((result, row) => {
        const events = logs[row]?.events ?? [];
        const last = events.length - 1;
        const closedThenDelivered = events[last]?.type === 'deliver' && events[last - 1]?.type === 'close';
        const refused = result.findings.filter((f) => f.kind === 'refused');
        if (closedThenDelivered) {
          expected++;
          expect(refused.map((f) => [f.rule, f.events, f.facts.state])).toEqual([
            ['flow.not-in-state', [last], 'closed'],
          ]);
        } else expect(refused).toEqual([]);
      });
      expect(report.summary.byRule['flow.not-in-state']).toBe(expected);
    });
  });
});
