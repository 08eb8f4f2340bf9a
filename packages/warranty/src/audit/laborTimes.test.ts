import { type AftersalesError, isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { auditClaims } from './auditClaims';
import { auditOne, auditOptions, claim, codesOf } from './testing';

describe('labor times', () => {
  it('takes the most specific labor time of the vehicle: brand and model, model, brand, any', () => {
    // Listed least specific first; a Qilin HX5 time does not apply to a Huaxia. The HX5 of
    // Huaxia gets 2.2 hours: 2.25 claimed are 0.05 above.
    const time = (standardHours: string, fields: Record<string, string> = {}) => ({
      opCode: '21-0100',
      standardHours,
      system: 'transmission',
      partGroups: ['transmission-valve-body'],
      ...fields,
    });
    const laborTimes = [
      time('2.5'),
      time('2.4', { brand: 'Huaxia' }),
      time('2.3', { model: 'HX5' }),
      time('1.0', { brand: 'Qilin', model: 'HX5' }),
      time('2.2', { brand: 'Huaxia', model: 'HX5' }),
    ];
    const row = claim({ laborOps: [{ opCode: '21-0100', hours: '2.25', laborRate: '120.00' }] });
    const result = auditOne(row, {}, {}, { laborTimes });
    expect(codesOf(result)).toEqual(['claim.hours_above_standard']);
    expect(result.findings[0]?.facts).toEqual({
      opCode: '21-0100',
      hours: '2.25',
      standardHours: '2.2',
      excessHours: '0.05',
    });
  });

  it('keeps every labor time of an op, whichever is listed last', () => {
    // The Huaxia HX5 time (2.2 h) comes first, a Qilin time of the same op after it: the Qilin
    // entry does not apply to the audited Huaxia HX5, so 2.25 claimed hours are 0.05 above 2.2.
    const op = { opCode: '21-0100', system: 'transmission', partGroups: ['transmission-valve-body'] };
    const laborTimes = [
      { ...op, standardHours: '2.2', brand: 'Huaxia', model: 'HX5' },
      { ...op, standardHours: '1.0', brand: 'Qilin' },
    ];
    const row = claim({ laborOps: [{ opCode: '21-0100', hours: '2.25', laborRate: '120.00' }] });
    const result = auditOne(row, {}, {}, { laborTimes });
    expect(codesOf(result)).toEqual(['claim.hours_above_standard']);
    expect(result.findings[0]?.facts).toMatchObject({ standardHours: '2.2', excessHours: '0.05' });
  });

  it('rejects an op listed twice for the same vehicles, naming both rows', () => {
    const laborTimes = [
      { opCode: '21-0100', standardHours: '2.5', brand: 'Huaxia' },
      { opCode: '46-1120', standardHours: '1.2' },
      { opCode: '21-0100', standardHours: '2.4', brand: 'Huaxia' },
    ];
    let error: AftersalesError | undefined;
    try {
      auditClaims([claim()], { ...auditOptions(), laborTimes });
    } catch (caught) {
      if (isAftersalesError(caught)) error = caught;
    }
    expect(error?.issues[0]).toMatchObject({
      code: 'warranty.duplicate',
      path: ['laborTimes', 2, 'opCode'],
      params: { what: 'labor time', whatZh: '标准工时', id: '21-0100', firstRow: 0 },
    });
  });
});
