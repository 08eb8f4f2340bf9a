import { describe, expect, it } from 'vitest';
import { issuesOf } from '../schemas/testing';
import { CareEventSchema, careEventTypes } from './careEvent';
import { VIN_A } from './testing';

describe('CareEventSchema', () => {
  it('accepts one event of each type', () => {
    const events = [
      { type: 'vehicle_received', at: '2024-03-01T09:30:00+08:00', customerId: 'CUS-000123' },
      { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815', vin: VIN_A },
      { type: 'follow_up_done', kind: 'second', at: '2024-10-09T10:00:00Z', resolved: true, id: 'CALL-9' },
      { type: 'request_unanswered', at: '2024-05-10T16:00:00+08:00', customerId: 'CUS-000123' },
      { type: 'request_answered', at: '2024-05-11T09:00:00+08:00', customerId: 'CUS-000123' },
      { type: 'event_planned', eventDate: '2024-11-16', eventId: 'EVT-WINTER' },
      { type: 'vehicle_sold', saleDate: '2024-08-31', vin: VIN_A, extensions: { dms: { stock: 'S-1' } } },
      { type: 'insurance_expires', expiresOn: '2025-03-01', vin: VIN_A },
      { type: 'annual_inspection_due', dueOn: '2024-03-01', vin: VIN_A },
    ];
    expect(events.map((event) => event.type)).toEqual(careEventTypes);
    for (const event of events) expect(issuesOf(CareEventSchema, event)).toEqual([]);
  });

  it('returns the VIN upper-cased', () => {
    const event = CareEventSchema.parse({
      type: 'vehicle_sold',
      saleDate: '2024-08-31',
      vin: VIN_A.toLowerCase(),
    });
    expect(event.vin).toBe(VIN_A);
  });

  it('rejects an instant without offset, a date that does not exist and a VIN with a wrong check digit', () => {
    expect(issuesOf(CareEventSchema, { type: 'ro_delivered', at: '2024-09-27T18:30:00' })).toEqual([
      { code: 'input.invalid_format', path: ['at'] },
    ]);
    expect(issuesOf(CareEventSchema, { type: 'insurance_expires', expiresOn: '2025-02-29' })).toEqual([
      { code: 'input.invalid_format', path: ['expiresOn'] },
    ]);
    expect(
      issuesOf(CareEventSchema, { type: 'vehicle_sold', saleDate: '2024-08-31', vin: 'LSVAU2180N2123456' }),
    ).toEqual([{ code: 'vin.check_digit', path: ['vin'] }]);
  });

  it('rejects fields of another event type', () => {
    expect(
      issuesOf(CareEventSchema, { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', kind: 'first' }),
    ).toEqual([{ code: 'input.unrecognized_keys', path: [] }]);
  });
});
