import { describe, expect, it } from 'vitest';
import { VehicleCaseSchema } from '../../rights/vehicleCase';
import { californiaLemonLaw } from './californiaLemonLaw';
import { evaluate, repair, stepOf, vehicle } from './testing';

// Paragraph (3): "out of service by reason of repair of nonconformities … for a cumulative total
// of more than 30 calendar days since delivery". Counted: every Los Angeles calendar day the car
// was at the shop, in and out days included, a day shared by two repair orders once.
// Three different problems, so paragraphs (1) and (2) stay out of it.

// In 2024-03-05T00:30:00Z = 2024-03-04 16:30 PST (UTC−8); out 2024-03-05 10:00 PST.
// Local days 03-04 and 03-05: 2 days (in UTC both instants are on 03-05: 1 day).
const acrossMidnight = repair({
  roId: 'RO-1',
  problem: 'hv-isolation',
  agreedAt: '2024-03-05T00:30:00Z',
  finishedAt: '2024-03-05T10:00:00-08:00',
});
// 2024-04-01 08:00 PDT → 2024-04-14 16:00 PDT (23:00Z, same UTC date): 04-01 … 04-14 = 14 days.
const april = repair({
  roId: 'RO-2',
  problem: 'transmission-shudder',
  agreedAt: '2024-04-01T08:00:00-07:00',
  finishedAt: '2024-04-14T16:00:00-07:00',
});
// 2024-05-06 08:00 PDT → 2024-05-19 16:00 PDT: 05-06 … 05-19 = 14 days.
const may = (finishedAt: string) =>
  repair({ roId: 'RO-3', problem: 'door-seal-leak', agreedAt: '2024-05-06T08:00:00-07:00', finishedAt });

describe('paragraph (3): days out of service', () => {
  it('is not met at 30 days: 2 + 14 + 14', () => {
    const decision = evaluate([acrossMidnight, april, may('2024-05-19T16:00:00-07:00')]);
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'days-out-of-service')).toMatchObject({
      status: 'failed',
      cite: 'regulation:us-ca-civ-1793.22#b3',
      facts: {
        days: 30,
        moreThan: 30,
        stays: [
          { roId: 'RO-1', from: '2024-03-04', to: '2024-03-05', days: 2 },
          { roId: 'RO-2', from: '2024-04-01', to: '2024-04-14', days: 14 },
          { roId: 'RO-3', from: '2024-05-06', to: '2024-05-19', days: 14 },
        ],
      },
    });
  });

  it('is met at 31 days: 2 + 14 + 15 (out on 2024-05-20 at 09:00)', () => {
    const decision = evaluate([acrossMidnight, april, may('2024-05-20T09:00:00-07:00')]);
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(decision.details).toMatchObject({ daysOutOfService: 31, grounds: ['b3'] });
    expect(stepOf(decision, 'presumption').message.en).toContain('rebuttable presumption');
  });

  it('counts the days in the dealer’s zone: the same history in UTC is 1 + 14 + 15 = 30', () => {
    // In UTC: RO-1 00:30Z → 18:00Z on 03-05 (1 day); RO-2 15:00Z 04-01 → 23:00Z 04-14 (14);
    // RO-3 15:00Z 05-06 → 16:00Z 05-20 (15).
    const input = VehicleCaseSchema.parse({
      vehicle: vehicle(),
      repairs: [acrossMidnight, april, may('2024-05-20T09:00:00-07:00')],
    });
    expect(californiaLemonLaw.evaluateRights(input, { timeZone: 'UTC' }).details?.daysOutOfService).toBe(30);
  });

  it('counts a day shared by two repair orders once', () => {
    // 2024-04-03 … 04-05 are already counted by RO-2: the total stays 30.
    const overlapping = repair({
      roId: 'RO-4',
      problem: 'wiper-park',
      agreedAt: '2024-04-03T09:00:00-07:00',
      finishedAt: '2024-04-05T11:00:00-07:00',
    });
    const decision = evaluate([acrossMidnight, april, overlapping, may('2024-05-19T16:00:00-07:00')]);
    expect(decision.details?.daysOutOfService).toBe(30);
    expect(decision.outcome).toBe('none');
  });

  it('counts calendar days across the change to daylight time', () => {
    // 2024-03-09 10:00 PST → 2024-03-11 09:00 PDT (clocks jump 02:00 → 03:00 on 03-10): 3 days.
    const dst = repair({
      roId: 'RO-5',
      problem: 'hv-isolation',
      agreedAt: '2024-03-09T10:00:00-08:00',
      finishedAt: '2024-03-11T09:00:00-07:00',
    });
    expect(evaluate([dst]).details?.daysOutOfService).toBe(3);
  });

  it('counts an unfinished repair up to the evaluation day', () => {
    // In 2024-06-01, still at the shop on 2024-06-10 at noon: 06-01 … 06-10 = 10 days.
    const open = repair({ roId: 'RO-6', agreedAt: '2024-06-01T08:00:00-07:00', finishedAt: undefined });
    const decision = evaluate([open], { asOf: '2024-06-10T12:00:00-07:00' });
    expect(stepOf(decision, 'days-out-of-service').facts.stays).toEqual([
      { roId: 'RO-6', from: '2024-06-01', to: '2024-06-10', days: 10 },
    ]);
  });
});
