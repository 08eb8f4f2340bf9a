import { computeVinCheckDigit } from '@aftersales/core';
import type { Random } from './random';

const WMI = ['LSV', 'LFV', 'LGB', 'LBV', 'LHG'] as const;
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A VIN of a Chinese-built car (WMI L…) with a correct check digit (ISO 3779 / GB 16735). */
export function generateVin(random: Random): string {
  let vds = '';
  for (let i = 0; i < 5; i++) vds += VIN_CHARS[random.int(0, VIN_CHARS.length - 1)];
  const serial = String(random.int(0, 999_999)).padStart(6, '0');
  // Position 10 is the model year (N 2022, P 2023, R 2024), 11 the plant.
  const draft = `${random.pick(WMI)}${vds}0${random.pick(['N', 'P', 'R'])}${random.pick(['A', 'B', 'C'])}${serial}`;
  return `${draft.slice(0, 8)}${computeVinCheckDigit(draft)}${draft.slice(9)}`;
}
