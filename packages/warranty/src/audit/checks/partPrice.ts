import { type CurrencyCode, money } from '@aftersales/core';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { compareDecimalText, multiplyText, subtractText } from '../decimalText';

/**
 * Part unit price above the agreed price (`claim.part_price_above_agreed`, review: the agreed
 * price is payable): the dealer net price × (1 + `partPriceMarkup` of the policy, or of the
 * settings' `claimRules`), rounded half up to the currency's minor unit as prices are
 * (`12.30 × 1.15 = 14.145` → `14.15`); the comparison is exact. Equal is fine. Not
 * checked (counted in `notChecked`) without a markup (a policy paying the net price sets `'0'`), for
 * a claim in another currency, or for a part without a net price.
 */
export function checkPartPrice(run: AuditRun, c: ClaimContext): void {
  const parts = c.claim.parts;
  if (parts === undefined || parts.length === 0) return;
  const prices = run.context.reference.partPrices;
  const { rules } = c;
  const markup = rules.partPriceMarkup;
  if (prices === undefined || markup === undefined || !c.sameCurrency) {
    c.tally.notChecked(RULE.partPrice);
    return;
  }
  const cite = markup.cite;
  const factor = rules.priceFactor;
  let missing = false;
  for (const part of parts) {
    const net = prices.get(part.partNumber);
    if (net === undefined) {
      missing = true;
      continue;
    }
    let agreed = rules.agreedPrices.get(part.partNumber);
    if (agreed === undefined) {
      // Once per part and policy: a price is in whole fen, rounded half up (四舍五入).
      agreed = money(net, c.currency as CurrencyCode)
        .multiply(factor)
        .round('half-up')
        .toDecimalString();
      rules.agreedPrices.set(part.partNumber, agreed);
    }
    if (compareDecimalText(part.unitPrice, agreed) <= 0) continue;
    const excess = multiplyText(subtractText(part.unitPrice, agreed), part.quantity, 2);
    addFinding(
      c,
      'claim.part_price_above_agreed',
      'review',
      'partPrice',
      cite,
      {
        en: `Part ${part.partNumber}: unit price ${part.unitPrice} is above the agreed ${agreed} (dealer net ${net} × ${factor}); ${excess} over ${part.quantity}`,
        zh: `配件 ${part.partNumber}：索赔单价 ${part.unitPrice} 高于约定价 ${agreed}（经销商净价 ${net} × ${factor}），数量 ${part.quantity} 共超出 ${excess}`,
      },
      {
        partNumber: part.partNumber,
        quantity: part.quantity,
        unitPrice: part.unitPrice,
        agreedPrice: agreed,
        dealerNet: net,
        markup: markup.value,
        excess,
      },
    );
  }
  if (missing) c.tally.notChecked(RULE.partPrice);
  else c.tally.checked(RULE.partPrice);
}
