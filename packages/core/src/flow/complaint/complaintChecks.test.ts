import { describe, expect, it } from 'vitest';
import { initialComplaintData } from './complaintData';
import { complaintGuardChecks } from './complaintGuards';

describe('complaint.escalate-to-another-person', () => {
  const check = complaintGuardChecks['complaint.escalate-to-another-person'];
  const escalate = (data?: { supervisorId: string }) => ({
    type: 'escalate',
    at: '2024-03-01T09:00:00+08:00',
    actor: 'EMP-CR-01',
    ...(data === undefined ? {} : { data }),
  });

  it('passes an escalation without a payload (no supervisor named is not the actor)', () => {
    expect(check?.(initialComplaintData, escalate(), undefined)).toBe(true);
  });

  it('fails an escalation to the person who escalates, naming both', () => {
    expect(check?.(initialComplaintData, escalate({ supervisorId: 'EMP-CR-01' }), undefined)).toEqual({
      passed: false,
      facts: { actor: 'EMP-CR-01', supervisorId: 'EMP-CR-01' },
    });
    expect(check?.(initialComplaintData, escalate({ supervisorId: 'EMP-CR-02' }), undefined)).toBe(true);
  });
});
