import type { Rule, TraceStep } from '@aftersales/core';
import type { VehicleCase } from '../../rights/vehicleCase';
import type { SanbaoVersion } from './sanbaoVersion';

/**
 * Scope: the rules cover cars bought and used for personal or household needs. 2021: through the
 * definition of a household car (Arts. 2 and 40); 2013: hire or other commercial use is an
 * exemption (Art. 30). A vehicle in commercial use is outside (`out_of_scope`); a use not recorded
 * is taken as household use and the trace says so.
 *
 * @example
 * scopeStep(sanbao2021Version, rule, input); // { step, inScope: true }
 */
export function scopeStep(
  version: SanbaoVersion,
  rule: Rule,
  input: VehicleCase,
): { step: TraceStep; inScope: boolean } {
  const use = input.vehicle.use ?? null;
  const where =
    version.year === '2021'
      ? { en: 'Arts. 2 and 40', zh: '第二条、第四十条' }
      : { en: `Art. ${version.articles.scope}`, zh: `第${version.articles.scope}条` };
  const facts = { use, assumedHousehold: use === null };
  if (use === 'commercial') {
    return {
      inScope: false,
      step: rule.failed(facts, {
        en: `The vehicle is in commercial use (hire, ride-hailing or other business): outside the household-car rules (${where.en}); only the carmaker's policy applies`,
        zh: `车辆用于营运（出租、网约车或其他经营活动），不适用家用汽车产品三包规定（${where.zh}），仅适用生产者保修政策`,
      }),
    };
  }
  return {
    inScope: true,
    step: rule.passed(
      facts,
      use === null
        ? {
            en: 'Use not recorded: taken as personal or household use (commercial use would put the car outside the rules)',
            zh: '未记录使用性质：按家庭自用处理（如用于营运则不适用三包规定）',
          }
        : { en: 'Personal or household use: inside the rules', zh: '家庭自用：适用三包规定' },
    ),
  };
}

/**
 * 2013 Art. 31: without a valid purchase invoice and 三包 certificate the seller may decline the
 * 三包 liability (`out_of_scope`). Absent `hasInvoiceAndCertificate` means held. The 2021 rules have
 * no such exemption (the certificate is waived when the sale can be verified, Art. 19).
 *
 * @example
 * documentsStep(sanbao2013Version, rule, { ...input, hasInvoiceAndCertificate: false }).held; // false
 */
export function documentsStep(
  version: SanbaoVersion,
  rule: Rule,
  input: VehicleCase,
): { step: TraceStep; held: boolean } {
  const article = version.articles.documents ?? '';
  const recorded = input.hasInvoiceAndCertificate;
  const facts = { hasInvoiceAndCertificate: recorded ?? null, assumedHeld: recorded === undefined };
  if (recorded === false) {
    return {
      held: false,
      step: rule.failed(facts, {
        en: `No valid purchase invoice and 三包 certificate: the seller may decline the 三包 liability (Art. ${article})`,
        zh: `无有效购车发票和三包凭证，经营者可以不承担三包责任（第${article}条）`,
      }),
    };
  }
  return {
    held: true,
    step: rule.passed(
      facts,
      recorded === undefined
        ? {
            en: 'Invoice and 三包 certificate not recorded: taken as held',
            zh: '未记录发票和三包凭证：按已持有处理',
          }
        : {
            en: 'The customer holds the invoice and the 三包 certificate',
            zh: '消费者持有购车发票和三包凭证',
          },
    ),
  };
}
