import { parseRecord } from '@aftersales/core';
import type { AuditReport, DealerDataset } from './auditTypes';
import { DealerDatasetSchema } from './datasetSchema';
import { auditParts } from './partsSection';
import { auditService } from './serviceSection';
import { auditWarranty } from './warrantySection';

/**
 * The dealer audit behind `aftersales demo` and `aftersales audit`: the service department (RO
 * audits, the scorecard against the manuals' targets, trends, comeback and complaint
 * drill-downs), the parts department (health, ABC, ageing, the suggested order) and warranty (the
 * carmaker's claim audit, the 三包 rights of vehicles with long repair histories). Pure: the
 * dealer's zone, period and "today" come from the dataset. Every record read comes out in a
 * section's results or in `rejections`.
 *
 * @throws AftersalesError (`input.*`, `time.*`) when the dataset's dealer, period or lists are not
 *   what `DealerDatasetSchema` describes
 * @example
 * const report = runAudit(generateDemoDealer({ seed: 8 }));
 * report.service.scorecard.summary; // met / at risk / missed counts
 */
export function runAudit(dataset: DealerDataset): AuditReport {
  const checked = parseRecord(DealerDatasetSchema, dataset) as DealerDataset;
  const sections = {
    service: auditService(checked),
    parts: auditParts(checked),
    warranty: auditWarranty(checked),
  };
  const all = Object.values(sections);
  return {
    dealer: checked.dealer,
    period: checked.period,
    asOf: checked.asOf,
    inputs: Object.assign({}, ...all.map((result) => result.inputs)),
    rejections: all.flatMap((result) => result.rejections),
    service: sections.service.section,
    parts: sections.parts.section,
    warranty: sections.warranty.section,
    findingCount: all.reduce((sum, result) => sum + result.findings, 0),
  };
}
