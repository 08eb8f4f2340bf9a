import type { Citation } from '@aftersales/core';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { compareDecimalText, multiplyText, subtractText } from '../decimalText';

/**
 * Labor rate above the agreed rate (`claim.labor_rate_above_agreed`, review: the agreed rate is
 * payable, the excess is not): an op's `laborRate` above it, or, for an op with an amount and no
 * rate, the amount above hours × the agreed rate. Equal is fine. Exact decimals.
 */
export function checkLaborRate(run: AuditRun, c: ClaimContext): void {
  const ops = c.claim.laborOps;
  if (ops === undefined || ops.length === 0) return;
  // The dealer's agreed rate in the audit's table, else the policy's `claims.laborRate`.
  const own = run.context.reference.laborRates.get(c.claim.dealerId);
  const rate = own ?? c.rules.laborRate?.value;
  if (rate === undefined || !c.sameCurrency) {
    c.tally.notChecked(RULE.laborRate);
    return;
  }
  c.tally.checked(RULE.laborRate);
  const cite: Citation =
    own === undefined ? (c.rules.laborRate?.cite as Citation) : `oem:${run.context.settings.id}#laborRates`;
  for (const op of ops) {
    if (op.laborRate !== undefined) {
      if (compareDecimalText(op.laborRate, rate) <= 0) continue;
      const excess = multiplyText(subtractText(op.laborRate, rate), op.hours, 2);
      addFinding(
        c,
        'claim.labor_rate_above_agreed',
        'review',
        'laborRate',
        cite,
        {
          en: `Op ${op.opCode}: labor rate ${op.laborRate} is above the agreed ${rate} (${excess} over ${op.hours} hours)`,
          zh: `工时代码 ${op.opCode}：工时单价 ${op.laborRate} 高于约定单价 ${rate}（${op.hours} 工时共超出 ${excess}）`,
        },
        { opCode: op.opCode, hours: op.hours, laborRate: op.laborRate, agreedRate: rate, excess },
      );
      continue;
    }
    if (op.amount === undefined) continue;
    const allowed = multiplyText(op.hours, rate, 2);
    if (compareDecimalText(op.amount, allowed) <= 0) continue;
    const excess = subtractText(op.amount, allowed, 2);
    addFinding(
      c,
      'claim.labor_rate_above_agreed',
      'review',
      'laborRate',
      cite,
      {
        en: `Op ${op.opCode}: ${op.amount} for ${op.hours} hours is above ${op.hours} × ${rate} = ${allowed} at the agreed rate`,
        zh: `工时代码 ${op.opCode}：${op.hours} 工时金额 ${op.amount} 高于按约定单价计算的 ${op.hours} × ${rate} = ${allowed}`,
      },
      { opCode: op.opCode, hours: op.hours, amount: op.amount, agreedRate: rate, allowed, excess },
    );
  }
}
