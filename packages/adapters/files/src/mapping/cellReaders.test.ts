import { zonedDateTime } from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInstantWriter } from './cellReaders';

const pad = (value: number): string => String(value).padStart(2, '0');

describe('createInstantWriter', () => {
  it('writes what core zonedDateTime gives for the minute, with the seconds, around DST changes too', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Asia/Shanghai',
    ];
    const writers = new Map(zones.map((zone) => [zone, createInstantWriter(zone)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        // Days around the 2024 changes of these zones (March/April, September/October/November).
        fc.constantFrom(
          '2024-03-10',
          '2024-03-31',
          '2024-04-07',
          '2024-09-08',
          '2024-10-06',
          '2024-10-27',
          '2024-11-03',
          '2024-06-15',
        ),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, date, hour, minute, second) => {
          const [year, month, day] = date.split('-').map(Number) as [number, number, number];
          const written = writers.get(zone)?.({ year, month, day, hour, minute, second });
          // The second method: core's own answer for the minute, with the seconds put in.
          const minuteInstant = zonedDateTime(date, `${pad(hour)}:${pad(minute)}`, zone);
          expect(written).toBe(`${minuteInstant.slice(0, 17)}${pad(second)}${minuteInstant.slice(19)}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
