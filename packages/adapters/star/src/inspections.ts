import type { InspectionSchema } from '@aftersales/core';
import type { z } from 'zod';
import { lookup } from './context';

/** STAR inspections ↔ core inspection results (traffic-light codes). Internal. */

type InspectionInput = z.input<typeof InspectionSchema>;

interface StarInspection {
  readonly part_inspected?: string | undefined;
  readonly inspection_code?: string | undefined;
  readonly value?: string | undefined;
}

const RESULTS: Readonly<Record<string, 'green' | 'yellow' | 'red'>> = {
  GREEN: 'green',
  YELLOW: 'yellow',
  RED: 'red',
};

/** The inspection as a core result, or `undefined` when its code is not a traffic light. */
export function inspectionOf(inspection: StarInspection): InspectionInput | undefined {
  const result = lookup(RESULTS, inspection.inspection_code);
  if (result === undefined || inspection.part_inspected === undefined) return undefined;
  const out: InspectionInput = { item: inspection.part_inspected, result };
  if (inspection.value !== undefined) out.finding = inspection.value;
  return out;
}

/** A core inspection result as STAR. */
export function toStarInspection(inspection: {
  readonly item: string;
  readonly result: string;
  readonly finding?: string | undefined;
}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    part_inspected: inspection.item,
    inspection_code: inspection.result.toUpperCase(),
  };
  if (inspection.finding !== undefined) out.value = inspection.finding;
  return out;
}

/** True when the inspection maps to a core result with nothing left over. */
export function isPlainInspection(inspection: StarInspection): boolean {
  return (
    inspectionOf(inspection) !== undefined &&
    Object.keys(inspection).every((k) => k === 'part_inspected' || k === 'inspection_code' || k === 'value')
  );
}
