import { describe, expect, it } from 'vitest';
import { computeKpisSync } from '../../engine/computeKpis';
import { frontDeskTrainingSessions } from './frontDeskTrainingSessions';
import { cellOf, run, TZ } from './testing';
import { workshopTrainingSessions } from './workshopTrainingSessions';

const training = (id: string, dealerId: string, team: string, heldOn: string) => ({
  id,
  dealerId,
  team,
  heldOn,
});

const trainings = [
  training('T1', 'D1', 'workshop', '2024-03-01'),
  training('T2', 'D1', 'workshop', '2024-03-31'), // last day of March
  training('T3', 'D1', 'front', '2024-03-20'), // the front desk's
  training('T4', 'D1', 'workshop', '2024-04-01'), // April
  training('T5', 'D2', 'front', '2024-03-05'), // D2: front desk only
];

describe('train.sessions.workshop', () => {
  const report = run({ trainings }, [workshopTrainingSessions, frontDeskTrainingSessions]);

  it('counts workshop trainings per month', () => {
    expect(cellOf(report, 'train.sessions.workshop', 'D1', '2024-03')?.value).toBe('2'); // T1, T2
    expect(cellOf(report, 'train.sessions.workshop', 'D1', '2024-04')?.value).toBe('1'); // T4
    expect(cellOf(report, 'train.sessions.workshop', 'D2', '2024-03')?.value).toBe('0');
  });

  it('can also be split by the team dimension', () => {
    const byTeam = computeKpisSync(
      { trainings },
      { kpis: [workshopTrainingSessions], groupBy: ['team', 'month'], timeZone: TZ },
    );
    const march = byTeam.cells
      .filter((c) => c.period?.label === '2024-03')
      .map((c) => [c.group.team, c.value]);
    // the front team's group exists (T3, T5) but none of its rows is a workshop training
    expect(march).toEqual([
      ['front', '0'],
      ['workshop', '2'],
    ]);
  });

  it('carries the manual target ≥ 3 per month', () => {
    expect(workshopTrainingSessions.target).toMatchObject({ atLeast: '3', cite: 'manual:train.workshop' });
  });
});
