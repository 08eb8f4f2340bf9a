import { z } from 'zod';
import { addInconsistency } from './checks';

/**
 * Who pays for a line (收费类别 / 结算类型): the four classes every KPI splits by.
 *
 * | value | 中文 | meaning |
 * | --- | --- | --- |
 * | `CP` | 客户付费 | customer pay |
 * | `W` | 保修 / 索赔 | warranty: the carmaker pays (claim) |
 * | `I` | 内部 | internal: the dealer pays (PDI, used-car reconditioning, courtesy work) |
 * | `INS` | 保险 | insurance: an insurer pays (collision, 定损) |
 *
 * STAR's `PayTypes` map as follows; the STAR value that has no class of its own is kept in
 * {@link PayTypeDetail}, so nothing is lost and a STAR export can be rebuilt:
 *
 * | STAR `pay_type` | `payType` | `payTypeDetail` |
 * | --- | --- | --- |
 * | `CUSTOMER_PAY` | `CP` | — |
 * | `WARRANTY` | `W` | — |
 * | `INTERNAL` | `I` | — |
 * | `MANUFACTURER` (recall, campaign, carmaker goodwill) | `W` | `manufacturer` |
 * | `DEALER` (dealer courtesy or goodwill) | `I` | `dealer` |
 * | `SUBLET` | the payer of the sublet work (`CP` unless the source says otherwise) | `sublet` |
 * | — (STAR has no insurance pay type; its payee `INSURANCE_PROVIDER`) | `INS` | — |
 *
 * @example
 * payTypeSchema.parse('W'); // 'W'
 */
export const payTypeSchema = z.enum(['CP', 'W', 'I', 'INS']);

/** Who pays for a line: `CP`, `W`, `I` or `INS`. See {@link payTypeSchema} for the STAR mapping. */
export type PayType = z.output<typeof payTypeSchema>;

/**
 * The finer pay type some sources carry (STAR's `MANUFACTURER`, `DEALER`, `SUBLET`), kept beside
 * {@link PayType} so that KPIs still see four classes:
 *
 * - `manufacturer` (厂家承担: recall, service campaign, carmaker goodwill): always with `payType` `W`;
 * - `dealer` (经销商承担: courtesy work, dealer goodwill): always with `payType` `I`;
 * - `sublet` (外包): work bought from a third party; `payType` is whoever pays for it.
 *
 * @example
 * payTypeDetailSchema.parse('manufacturer'); // 'manufacturer'
 */
export const payTypeDetailSchema = z.enum(['manufacturer', 'dealer', 'sublet']);

/** A finer pay type kept beside {@link PayType}; see {@link payTypeDetailSchema}. */
export type PayTypeDetail = z.output<typeof payTypeDetailSchema>;

/**
 * The pay type each detail implies (`sublet` implies none).
 *
 * @example
 * payTypeOfDetail.manufacturer; // 'W'
 */
export const payTypeOfDetail: Readonly<Record<PayTypeDetail, PayType | undefined>> = Object.freeze({
  manufacturer: 'W',
  dealer: 'I',
  sublet: undefined,
});

/**
 * Reports `input.inconsistent` at `payTypeDetail` when it contradicts `payType` (e.g.
 * `manufacturer` with `CP`). Used by every schema that carries both fields.
 *
 * @example
 * z.strictObject({ payType: payTypeSchema, payTypeDetail: payTypeDetailSchema.optional() })
 *   .superRefine((line, ctx) => checkPayTypeDetail(ctx, line));
 */
export function checkPayTypeDetail(
  ctx: z.core.$RefinementCtx<unknown>,
  value: { readonly payType?: unknown; readonly payTypeDetail?: unknown },
): void {
  const detail = value.payTypeDetail;
  if (detail !== 'manufacturer' && detail !== 'dealer') return;
  const implied = payTypeOfDetail[detail];
  if (implied === undefined || value.payType === implied || typeof value.payType !== 'string') return;
  addInconsistency(
    ctx,
    ['payTypeDetail'],
    `payTypeDetail '${detail}' means payType '${implied}', not '${value.payType}'`,
    `细分付费类型“${detail}”对应付费类型“${implied}”，而不是“${value.payType}”`,
  );
}
