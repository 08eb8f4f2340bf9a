import {
  compareExact,
  type ExactDecimal,
  exactDecimal,
  formatExact,
  type JsonObject,
  money,
  multiplyExact,
  parseExact,
  type Rule,
  type TraceStep,
} from '@aftersales/core';
import { km } from './messages';
import { type SanbaoContext, START_KM } from './sanbaoCase';

const percent = (n: ExactDecimal): string => formatExact(multiplyExact(n, exactDecimal(100n, 0)));

/**
 * 2021 Art. 27 (2013 Art. 25): on a replacement or return under the 三包-period grounds (2021
 * Art. 24; 2013 Arts. 20–21), the customer pays a reasonable-use compensation of
 * price × (km ÷ 1,000) × n, n set by the carmaker on the 三包 certificate, at most 0.5 % (2013:
 * 0.5–0.8 %). Never for the free rights (2021 Arts. 22–23, 2013 Art. 20 ¶2): 0 with the reason.
 *
 * - km: the odometer of the latest repair minus the start km (0); the request's own odometer is not
 *   recorded in the case;
 * - exact decimal arithmetic, then rounded **half up to the fen**: the article gives the formula
 *   but no rounding; 四舍五入 to the minor unit is the rule of Chinese invoices, and the facts say so;
 * - n not recorded: failed and `amount: null` (never assumed); n above the maximum: failed, flagged,
 *   `amount: null` (the certificate is wrong, the amount it gives is not due); no purchase price:
 *   failed, `amount: null`.
 *
 * @example
 * // ¥150,000 × 12,345 km ÷ 1,000 × 0.3 % = ¥5,555.25
 * useCompensationStep(context, rule, { paid: true, free: false }).compensation?.amount; // '5555.25'
 */
export function useCompensationStep(
  context: SanbaoContext,
  rule: Rule,
  grounds: { readonly paid: boolean; readonly free: boolean },
): { step: TraceStep; compensation: JsonObject | null } {
  const { input, params, version } = context;
  const currency = input.vehicle.currency;
  const art = version.articles.useCompensation;
  const freeArticles =
    version.articles.sevenDays === undefined
      ? version.articles.sixtyDays
      : `${version.articles.sevenDays}–${version.articles.sixtyDays}`;
  const base = { n: input.useCompensationRate ?? null, maxRate: params.maxUseCompensationRate, currency };
  if (grounds.free) {
    const compensation = { amount: '0.00', currency, n: base.n, km: null, price: null, reason: 'free' };
    return {
      compensation,
      step: rule.notApplicable(
        { ...base, amount: '0.00' },
        {
          en: `A free replacement or return is due (Art. ${freeArticles}): no use compensation, amount 0.00 (Art. ${art})`,
          zh: `属于免费更换或退货（第${freeArticles}条）：不收取使用补偿费，金额 0.00（第${art}条）`,
        },
      ),
    };
  }
  if (!grounds.paid) {
    return {
      compensation: null,
      step: rule.notApplicable(base, {
        en: `No replacement or return under the 三包-period grounds: no use compensation (Art. ${art})`,
        zh: `不属于三包有效期内的换车或退车情形：不涉及使用补偿（第${art}条）`,
      }),
    };
  }
  const driven = (context.latest?.repair.odometerKm ?? START_KM) - START_KM;
  const price = input.vehicle.purchasePrice ?? null;
  const facts = {
    ...base,
    price,
    km: driven,
    kmSource: context.latest?.repair.roId ?? null,
    startKm: START_KM,
  };
  const n = input.useCompensationRate === undefined ? undefined : parseExact(input.useCompensationRate);
  const flag = (en: string, zh: string) => ({
    compensation: { amount: null, currency, n: base.n, km: driven, price },
    step: rule.failed({ ...facts, amount: null }, { en: `${en} (Art. ${art})`, zh: `${zh}（第${art}条）` }),
  });
  if (n === undefined) {
    return flag(
      'n is not recorded on the 三包 certificate: the use compensation cannot be computed and is not assumed',
      '三包凭证未记录使用补偿系数 n：无法计算使用补偿费，不作推定',
    );
  }
  const max = parseExact(params.maxUseCompensationRate) as ExactDecimal;
  if (compareExact(n, max) > 0) {
    return flag(
      `n ${percent(n)} % is above the maximum ${percent(max)} %: check the 三包 certificate`,
      `使用补偿系数 n 为 ${percent(n)}%，超过上限 ${percent(max)}%，请核对三包凭证`,
    );
  }
  const min =
    version.minUseCompensationRate === undefined ? undefined : parseExact(version.minUseCompensationRate);
  if (min !== undefined && compareExact(n, min) < 0) {
    return flag(
      `n ${percent(n)} % is below the minimum ${percent(min)} % of these rules: check the 三包 certificate`,
      `使用补偿系数 n 为 ${percent(n)}%，低于本规定下限 ${percent(min)}%，请核对三包凭证`,
    );
  }
  if (price === null) return flag('The purchase price is not recorded', '未记录购车价款');
  const thousands = formatExact(exactDecimal(BigInt(driven), 3));
  const amount = money(price, currency).multiply(thousands).multiply(formatExact(n)).round('half-up');
  const text = amount.toDecimalString();
  const compensation = { amount: text, currency, n: formatExact(n), km: driven, price };
  return {
    compensation,
    step: rule.passed(
      { ...facts, amount: text, formula: 'price × km ÷ 1000 × n', rounding: 'half-up to the minor unit' },
      {
        en: `Use compensation ${currency} ${price} × ${km(driven)} km ÷ 1,000 × ${percent(n)} % = ${currency} ${text} (rounded half up to the fen) (Art. ${art})`,
        zh: `使用补偿费 = ${price} 元 × ${km(driven)} 公里 ÷ 1000 × ${percent(n)}% = ${text} 元（四舍五入至分）（第${art}条）`,
      },
    ),
  };
}
