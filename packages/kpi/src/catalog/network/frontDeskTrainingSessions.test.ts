import { describe, expect, it } from 'vitest';
import { frontDeskTrainingSessions } from './frontDeskTrainingSessions';
import { cellOf, run } from './testing';
import { workshopTrainingSessions } from './workshopTrainingSessions';

const training = (id: string, dealerId: string, team: string, heldOn: string) => ({
  id,
  dealerId,
  team,
  heldOn,
});

const trainings = [
  training('T1', 'D1', 'front', '2024-03-01'),
  training('T2', 'D1', 'front', '2024-03-12'),
  training('T3', 'D1', 'front', '2024-03-31'), // last day of March
  training('T4', 'D1', 'workshop', '2024-03-20'), // the workshop's
  training('T5', 'D1', 'front', '2024-04-01'), // April
  training('T6', 'D2', 'workshop', '2024-03-05'), // D2: workshop only
];

describe('train.sessions.front', () => {
  const report = run({ trainings }, [frontDeskTrainingSessions, workshopTrainingSessions]);

  it('counts front-desk trainings per month', () => {
    expect(cellOf(report, 'train.sessions.front', 'D1', '2024-03')?.value).toBe('3'); // T1, T2, T3
    expect(cellOf(report, 'train.sessions.front', 'D1', '2024-04')?.value).toBe('1'); // T5
    expect(cellOf(report, 'train.sessions.front', 'D2', '2024-03')?.value).toBe('0'); // T6 is the workshop's
  });

  it('carries the manual target ≥ 4 per month', () => {
    expect(frontDeskTrainingSessions.target).toMatchObject({ atLeast: '4', cite: 'manual:train.front' });
  });
});
