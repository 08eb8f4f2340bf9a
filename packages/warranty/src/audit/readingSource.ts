/** Where an odometer reading comes from: an RO's in or out reading, a claim, or an odometer reading. */
export const ReadingSource = {
  roIn: 0,
  roOut: 1,
  historyClaim: 2,
  batchClaim: 3,
  reading: 4,
} as const;

/** A reading's source code; see {@link ReadingSource}. */
export type ReadingSourceCode = (typeof ReadingSource)[keyof typeof ReadingSource];

/** The names of the sources, as findings' facts give them. */
export const readingSourceNames = [
  'ro_in',
  'ro_out',
  'history_claim',
  'batch_claim',
  'odometer_reading',
] as const;
