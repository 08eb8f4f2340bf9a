/**
 * Internal: whom a care event concerns, the key that names it in task ids, and when two events
 * concern the same thing.
 */
import type { CareEvent } from './careEvent';
import type { CareSubject } from './careTask';

type SubjectKey = 'roId' | 'vin' | 'customerId';

/**
 * The subject fields an event carries (and its `eventId` for a planned event).
 *
 * @example
 * subjectOf({ type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-1', id: 'E-9' }); // { roId: 'RO-1' }
 */
export function subjectOf(event: CareEvent): CareSubject {
  return {
    ...(event.customerId === undefined ? {} : { customerId: event.customerId }),
    ...(event.vin === undefined ? {} : { vin: event.vin }),
    ...(event.roId === undefined ? {} : { roId: event.roId }),
    ...(event.type === 'event_planned' ? { eventId: event.eventId } : {}),
  };
}

/**
 * The subject part of a task id: the event id (for a planned event) then the RO, else the VIN,
 * else the customer; for an event that names nobody, its own `id`, else `#<index>`.
 *
 * @example
 * subjectKey({ roId: 'RO-1', vin: 'LSVAU2187N2123456' }, undefined, 0); // 'RO-1'
 * subjectKey({}, undefined, 7); // '#7'
 */
export function subjectKey(subject: CareSubject, eventId: string | undefined, index: number): string {
  const who = subject.roId ?? subject.vin ?? subject.customerId;
  const parts = [subject.eventId, who].filter((part): part is string => part !== undefined);
  if (parts.length > 0) return parts.join('/');
  return eventId === undefined ? `#${index}` : `id=${eventId}`;
}

/**
 * Two subjects are the same when the first of `keys` that both carry is equal; with no such key
 * they are not the same.
 *
 * @example
 * sameSubject({ roId: 'RO-1', vin: 'A' }, { vin: 'A' }, ['roId', 'vin']); // true: compared by VIN
 * sameSubject({ roId: 'RO-1', vin: 'A' }, { roId: 'RO-2', vin: 'A' }, ['roId', 'vin']); // false
 */
export function sameSubject(a: CareSubject, b: CareSubject, keys: readonly SubjectKey[]): boolean {
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (left !== undefined && right !== undefined) return left === right;
  }
  return false;
}

/** The smaller of two values, or the one that is there. */
function either(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b === undefined || a <= b ? a : b;
}

/**
 * The fields of both subjects. Where they disagree (two records of one delivery with different
 * VINs), the smaller value is kept, so that the result never depends on the order of the events.
 *
 * @example
 * mergeSubjects({ roId: 'RO-1' }, { roId: 'RO-1', vin: 'A' }); // { roId: 'RO-1', vin: 'A' }
 * mergeSubjects({ customerId: 'C-2' }, { customerId: 'C-1' }); // { customerId: 'C-1' }
 */
export function mergeSubjects(a: CareSubject, b: CareSubject): CareSubject {
  const customerId = either(a.customerId, b.customerId);
  const vin = either(a.vin, b.vin);
  const roId = either(a.roId, b.roId);
  const eventId = either(a.eventId, b.eventId);
  return {
    ...(customerId === undefined ? {} : { customerId }),
    ...(vin === undefined ? {} : { vin }),
    ...(roId === undefined ? {} : { roId }),
    ...(eventId === undefined ? {} : { eventId }),
  };
}
