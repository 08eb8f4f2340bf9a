import type { AftersalesIssue } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { createRepairOrderReader } from './repairOrderReader';

// The texts a rejected value is described by (readField's contract for each value type).
const TEXT = 'a string';
const INSTANT = 'an ISO 8601 instant with an offset';
const DECIMAL = 'a decimal (at most 4 places)';
const AMOUNT = 'an amount (at most 4 places)';

// A repair order with every field the reader can read set to a good value: each case below
// spoils one field, so the record's only issue is the one for that field.
const laborLine = {
  id: 'L1',
  opCode: 'OIL-1',
  soldHours: '1.5',
  clockedHours: '1.2',
  laborAmount: '450.00',
  laborCost: '120.00',
  payType: 'CP',
  technicianId: 'T-7',
  authorization: 'approved',
  completedAt: '2024-03-01T15:00:00+08:00',
};
const partLine = {
  id: 'P1',
  partNumber: 'FLT-1',
  quantity: '1',
  unitCost: '40.00',
  amount: '80.00',
  payType: 'CP',
  source: 'oem',
  issuedAt: '2024-03-01T10:00:00+08:00',
};
const subletLine = { id: 'S1', amount: '100.00', payType: 'CP' };
const job = {
  id: 'J1',
  system: 'engine',
  kind: 'maintenance',
  authorization: 'approved',
  payType: 'CP',
  laborLines: [laborLine],
  partLines: [partLine],
  subletLines: [subletLine],
};
const ro = {
  id: 'RO-1',
  dealerId: 'DLR-001',
  advisorId: 'SA-1',
  customerId: 'C-9',
  vin: 'LSVAU218XN2183294',
  kind: 'maintenance',
  status: 'closed',
  currency: 'CNY',
  openedAt: '2024-03-01T09:00:00+08:00',
  promisedAt: '2024-03-01T17:00:00+08:00',
  receivedAt: '2024-03-01T09:10:00+08:00',
  repairCompletedAt: '2024-03-01T15:30:00+08:00',
  settledAt: '2024-03-01T16:30:00+08:00',
  deliveredAt: '2024-03-01T17:00:00+08:00',
  closedAt: '2024-03-01T17:30:00+08:00',
  odometerInKm: '12000',
  followUps: [{ kind: 'first', doneAt: '2024-03-05T10:00:00+08:00', outcome: 'satisfied' }],
  jobs: [job],
};

type Patch = Readonly<Record<string, unknown>>;
/** The RO with a second job: the good one, then `job` changed by `patch`. */
const secondJob = (patch: Patch) => ({ ...ro, jobs: [job, { ...job, ...patch }] });
/** The RO with, in its second job, a good labor line and then one changed by `patch`. */
const secondLabor = (patch: Patch) => secondJob({ laborLines: [laborLine, { ...laborLine, ...patch }] });
const secondPart = (patch: Patch) => secondJob({ partLines: [partLine, { ...partLine, ...patch }] });
const secondSublet = (patch: Patch) => secondJob({ subletLines: [subletLine, { ...subletLine, ...patch }] });
const secondCall = (patch: Patch) => ({
  ...ro,
  followUps: [...ro.followUps, { kind: 'second', doneAt: '2024-03-08T10:00:00+08:00', ...patch }],
});

const notText = (path: AftersalesIssue['path'], received: string) => ({
  code: 'input.invalid_type',
  path,
  params: { expected: TEXT, received },
});
const required = (path: AftersalesIssue['path']) => ({ code: 'input.required', path, params: undefined });
const badFormat = (path: AftersalesIssue['path'], format: string) => ({
  code: 'input.invalid_format',
  path,
  params: { format },
});
const wrongType = (path: AftersalesIssue['path'], expected: string, received: string) => ({
  code: 'input.invalid_type',
  path,
  params: { expected, received },
});

function issuesOf(record: unknown) {
  const reader = createRepairOrderReader();
  const issues = reader.read(record).map(({ code, path, params }) => ({ code, path, params }));
  return { issues, counts: [...reader.counts] };
}

describe('createRepairOrderReader: bad input', () => {
  it('reads the fully filled RO these cases start from without an issue', () => {
    expect(issuesOf(ro)).toEqual({ issues: [], counts: [1, 1, 1] });
  });

  it('takes null for an optional text, number, instant or list as a missing value', () => {
    const record = {
      ...ro,
      advisorId: null,
      vin: null,
      odometerInKm: null,
      promisedAt: null,
      cancelledAt: null,
      followUps: null,
      jobs: [{ ...job, subletLines: null, laborLines: [{ ...laborLine, clockedHours: null }] }],
    };
    expect(issuesOf(record)).toEqual({ issues: [], counts: [1, 1, 1] });
  });

  describe('the RO header', () => {
    it.each([
      ['id', { id: 42 }, [notText(['id'], 'number')]],
      ['id', { id: undefined }, [required(['id'])]],
      ['dealerId', { dealerId: true }, [notText(['dealerId'], 'boolean')]],
      ['dealerId', { dealerId: undefined }, [required(['dealerId'])]],
      ['advisorId', { advisorId: ['SA-1'] }, [notText(['advisorId'], 'array')]],
      ['kind', { kind: 7 }, [notText(['kind'], 'number')]],
      ['status', { status: { code: 'closed' } }, [notText(['status'], 'object')]],
      ['currency', { currency: 156 }, [notText(['currency'], 'number')]],
      ['customerId', { customerId: 9 }, [notText(['customerId'], 'number')]],
      ['vin', { vin: false }, [notText(['vin'], 'boolean')]],
      ['openedAt', { openedAt: undefined }, [required(['openedAt'])]],
      ['openedAt', { openedAt: null }, [required(['openedAt'])]],
      ['openedAt', { openedAt: 'yesterday' }, [badFormat(['openedAt'], INSTANT)]],
      ['openedAt', { openedAt: 1709254800000 }, [wrongType(['openedAt'], INSTANT, 'number')]],
      ['promisedAt', { promisedAt: 'tomorrow' }, [badFormat(['promisedAt'], INSTANT)]],
      ['receivedAt', { receivedAt: 1709254800000 }, [wrongType(['receivedAt'], INSTANT, 'number')]],
      ['repairCompletedAt', { repairCompletedAt: 'soon' }, [badFormat(['repairCompletedAt'], INSTANT)]],
      ['settledAt', { settledAt: true }, [wrongType(['settledAt'], INSTANT, 'boolean')]],
      ['deliveredAt', { deliveredAt: '01/03/2024' }, [badFormat(['deliveredAt'], INSTANT)]],
      ['closedAt', { closedAt: {} }, [wrongType(['closedAt'], INSTANT, 'object')]],
      ['cancelledAt', { cancelledAt: 'today' }, [badFormat(['cancelledAt'], INSTANT)]],
      ['voidedAt', { voidedAt: 5 }, [wrongType(['voidedAt'], INSTANT, 'number')]],
      ['odometerInKm', { odometerInKm: '12000.12345' }, [badFormat(['odometerInKm'], DECIMAL)]],
      ['odometerInKm', { odometerInKm: 1.23456 }, [badFormat(['odometerInKm'], DECIMAL)]],
      ['odometerInKm', { odometerInKm: true }, [wrongType(['odometerInKm'], DECIMAL, 'boolean')]],
    ])('rejects an RO with a bad %s, naming the field: %j', (_field, patch, expected) => {
      expect(issuesOf({ ...ro, ...patch })).toEqual({ issues: expected, counts: [0, 0, 0] });
    });

    it('rejects a record that is not an object, at the root', () => {
      expect(issuesOf(['RO-1']).issues).toEqual([wrongType([], 'an object', 'array')]);
    });
  });

  describe('the lists of an RO', () => {
    it.each([
      ['jobs', { jobs: 'J1' }, [wrongType(['jobs'], 'an array', 'string')]],
      ['followUps', { followUps: { kind: 'first' } }, [wrongType(['followUps'], 'an array', 'object')]],
      ['a job', { jobs: [job, 'J2'] }, [wrongType(['jobs', 1], 'an object', 'string')]],
      ['a follow-up', { followUps: [7] }, [wrongType(['followUps', 0], 'an object', 'number')]],
    ])('rejects an RO whose %s is not what it should be: %j', (_what, patch, expected) => {
      expect(issuesOf({ ...ro, ...patch })).toEqual({ issues: expected, counts: [0, 0, 0] });
    });

    it('names the first job by its index when its line lists are not arrays', () => {
      const record = { ...ro, jobs: [{ ...job, laborLines: 'L1', partLines: { id: 'P1' }, subletLines: 5 }] };
      expect(issuesOf(record).issues).toEqual([
        wrongType(['jobs', 0, 'laborLines'], 'an array', 'string'),
        wrongType(['jobs', 0, 'partLines'], 'an array', 'object'),
        wrongType(['jobs', 0, 'subletLines'], 'an array', 'number'),
      ]);
    });

    it('names a line that is not an object by its job and index', () => {
      const record = secondJob({ laborLines: [laborLine, null], partLines: [5], subletLines: ['S1'] });
      expect(issuesOf(record).issues).toEqual([
        wrongType(['jobs', 1, 'laborLines', 1], 'an object', 'null'),
        wrongType(['jobs', 1, 'partLines', 0], 'an object', 'number'),
        wrongType(['jobs', 1, 'subletLines', 0], 'an object', 'string'),
      ]);
    });
  });

  describe('a job', () => {
    it.each([
      ['authorization', { authorization: 1 }, [notText(['jobs', 1, 'authorization'], 'number')]],
      ['payType', { payType: ['CP'] }, [notText(['jobs', 1, 'payType'], 'array')]],
      ['system', { system: 3 }, [notText(['jobs', 1, 'system'], 'number')]],
      ['kind', { kind: false }, [notText(['jobs', 1, 'kind'], 'boolean')]],
    ])('rejects a job with a bad %s, naming jobs.1 and the field: %j', (_field, patch, expected) => {
      expect(issuesOf(secondJob(patch))).toEqual({ issues: expected, counts: [0, 0, 0] });
    });
  });

  describe('a labor line', () => {
    const at = (field: string) => ['jobs', 1, 'laborLines', 1, field];
    it.each([
      ['id', { id: 7 }, [notText(at('id'), 'number')]],
      ['id', { id: undefined }, [required(at('id'))]],
      ['soldHours', { soldHours: true }, [wrongType(at('soldHours'), DECIMAL, 'boolean')]],
      ['soldHours', { soldHours: null }, [required(at('soldHours'))]],
      ['clockedHours', { clockedHours: '1.00001' }, [badFormat(at('clockedHours'), DECIMAL)]],
      ['laborAmount', { laborAmount: '¥450' }, [badFormat(at('laborAmount'), AMOUNT)]],
      ['laborAmount', { laborAmount: 0.12345 }, [badFormat(at('laborAmount'), AMOUNT)]],
      ['laborRate', { laborAmount: undefined, laborRate: 'a lot' }, [badFormat(at('laborRate'), DECIMAL)]],
      ['laborCost', { laborCost: true }, [wrongType(at('laborCost'), AMOUNT, 'boolean')]],
      ['payType', { payType: 1 }, [notText(at('payType'), 'number')]],
      ['payType', { payType: undefined }, [required(at('payType'))]],
      ['technicianId', { technicianId: 7 }, [notText(at('technicianId'), 'number')]],
      ['opCode', { opCode: {} }, [notText(at('opCode'), 'object')]],
      ['authorization', { authorization: true }, [notText(at('authorization'), 'boolean')]],
      ['completedAt', { completedAt: 'later' }, [badFormat(at('completedAt'), INSTANT)]],
    ])(
      'rejects a labor line with a bad %s, naming jobs.1.laborLines.1 and the field: %j',
      (_f, patch, expected) => {
        expect(issuesOf(secondLabor(patch))).toEqual({ issues: expected, counts: [0, 0, 0] });
      },
    );
  });

  describe('a part line', () => {
    const at = (field: string) => ['jobs', 1, 'partLines', 1, field];
    it.each([
      ['id', { id: 1 }, [notText(at('id'), 'number')]],
      ['id', { id: undefined }, [required(at('id'))]],
      ['quantity', { quantity: 'two' }, [badFormat(at('quantity'), DECIMAL)]],
      ['unitCost', { unitCost: '40,00' }, [badFormat(at('unitCost'), AMOUNT)]],
      ['amount', { amount: false }, [wrongType(at('amount'), AMOUNT, 'boolean')]],
      ['unitPrice', { amount: undefined, unitPrice: 'free' }, [badFormat(at('unitPrice'), AMOUNT)]],
      ['payType', { payType: 2 }, [notText(at('payType'), 'number')]],
      ['payType', { payType: undefined }, [required(at('payType'))]],
      ['partNumber', { partNumber: 123 }, [notText(at('partNumber'), 'number')]],
      ['source', { source: true }, [notText(at('source'), 'boolean')]],
      ['issuedAt', { issuedAt: 'noon' }, [badFormat(at('issuedAt'), INSTANT)]],
    ])(
      'rejects a part line with a bad %s, naming jobs.1.partLines.1 and the field: %j',
      (_f, patch, expected) => {
        expect(issuesOf(secondPart(patch))).toEqual({ issues: expected, counts: [0, 0, 0] });
      },
    );
  });

  describe('a sublet line and a follow-up', () => {
    it.each([
      [secondSublet({ amount: '100.000001' }), [badFormat(['jobs', 1, 'subletLines', 1, 'amount'], AMOUNT)]],
      [secondSublet({ payType: 3 }), [notText(['jobs', 1, 'subletLines', 1, 'payType'], 'number')]],
      [secondCall({ doneAt: 'last week' }), [badFormat(['followUps', 1, 'doneAt'], INSTANT)]],
      [secondCall({ outcome: 1 }), [notText(['followUps', 1, 'outcome'], 'number')]],
    ])('rejects the bad field with its full path (%#)', (record, expected) => {
      expect(issuesOf(record)).toEqual({ issues: expected, counts: [0, 0, 0] });
    });
  });

  it('gives a message that starts with the path, as a user reads it', () => {
    const reader = createRepairOrderReader();
    const [issue] = reader.read(secondPart({ quantity: 'two' }));
    expect(issue?.message.en.startsWith('jobs[1].partLines[1].quantity ')).toBe(true);
  });
});
