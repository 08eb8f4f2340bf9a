import { describe, expect, it } from 'vitest';
import { auditOne, claim, codesOf } from './testing';

// Hours compared with the standard time (op 21-0100: 2.5 hours) exactly, also past four places,
// where the comparison leaves core's fixed units (integers × 10⁴) for exact decimals.

const valveBody = (standardHours: string) => ({
  opCode: '21-0100',
  standardHours,
  system: 'transmission',
  partGroups: ['transmission-valve-body', 'gaskets'],
});

describe('decimal comparisons of the audit', () => {
  it('finds hours with a fifth decimal place above the standard time', () => {
    // 2.50001 − 2.5 = 0.00001 hours above.
    const row = claim({ laborOps: [{ opCode: '21-0100', hours: '2.50001', laborRate: '120.00' }] });
    const result = auditOne(row);
    expect(codesOf(result)).toEqual(['claim.hours_above_standard']);
    expect(result.findings[0]?.facts).toEqual({
      opCode: '21-0100',
      hours: '2.50001',
      standardHours: '2.5',
      excessHours: '0.00001',
    });
  });

  it('finds hours above a standard time with a fifth decimal place', () => {
    // 2.5 − 2.49999 = 0.00001 hours above.
    const result = auditOne(claim(), {}, {}, { laborTimes: [valveBody('2.49999')] });
    expect(codesOf(result)).toEqual(['claim.hours_above_standard']);
    expect(result.findings[0]?.facts).toEqual({
      opCode: '21-0100',
      hours: '2.5',
      standardHours: '2.49999',
      excessHours: '0.00001',
    });
  });

  it('takes hours equal to a standard time written with more places as within it', () => {
    expect(auditOne(claim(), {}, {}, { laborTimes: [valveBody('2.500000')] }).status).toBe('approved');
  });
});
