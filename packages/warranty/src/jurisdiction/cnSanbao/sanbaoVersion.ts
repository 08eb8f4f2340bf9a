import type { CalendarDate, LocalizedText } from '@aftersales/core';
import type { RepairCause } from '../../history/repairCause';
import type { SanbaoParameters } from './parameters';

/**
 * Where each rule sits in a version's own text (article numbers as strings, for citations
 * `regulation:<id>#<article>`). The 2013 text numbers its articles differently from the 2021 one.
 *
 * `sevenDays` is absent in 2013 (no such right); `documents` is absent in 2021 (no invoice and
 * certificate exemption: the certificate is waived when the sale can be verified, Art. 19).
 *
 * @example
 * const where: Pick<SanbaoArticles, 'grounds' | 'cumulative'> = { grounds: '24', cumulative: '24' };
 */
export interface SanbaoArticles {
  readonly scope: string;
  readonly documents?: string;
  readonly start: string;
  readonly freeRepair: string;
  readonly sevenDays?: string;
  readonly sixtyDays: string;
  readonly assemblySwap: string;
  readonly grounds: string;
  readonly cumulative: string;
  readonly repairTime: string;
  readonly noEquivalentCar: string;
  readonly substituteCar: string;
  readonly useCompensation: string;
  /** Absent: the version sets no deadline for the seller's answer (2013). */
  readonly answer?: string;
  readonly complete: string;
  readonly exemptions: string;
}

/**
 * One version of the 三包 rules as data: its id (rule-id prefix and citation source), the start
 * dates it governs, where its periods start, its articles, its legal figures and the repair causes
 * outside it.
 *
 * @example
 * const name = sanbao2021Version.name.zh; // '家用汽车产品修理更换退货责任规定（2021）'
 */
export interface SanbaoVersion {
  readonly id: 'cn-sanbao-2021' | 'cn-sanbao-2013';
  readonly year: '2021' | '2013';
  readonly name: LocalizedText;
  readonly governs: { readonly from: CalendarDate; readonly until?: CalendarDate };
  readonly start: 'invoice' | 'invoice_or_delivery';
  readonly articles: SanbaoArticles;
  readonly legal: SanbaoParameters;
  readonly exemptCauses: readonly RepairCause[];
  /** The lowest n the rules allow on the certificate (2013 Art. 25: 0.5 %); absent: no minimum (2021). */
  readonly minUseCompensationRate?: string;
}
