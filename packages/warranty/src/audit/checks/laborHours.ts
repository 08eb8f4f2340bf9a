import type { ClaimLaborOp } from '@aftersales/core';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { addText, compareDecimalText, subtractText } from '../decimalText';

/** The hours of every line of `ops` with the op code of line `index` (an op split over lines counts once). */
function hoursOf(ops: readonly ClaimLaborOp[], index: number): string {
  const op = ops[index] as ClaimLaborOp;
  let hours = op.hours;
  for (let other = index + 1; other < ops.length; other++) {
    const next = ops[other] as ClaimLaborOp;
    if (next.opCode === op.opCode) hours = addText(hours, next.hours);
  }
  return hours;
}

function seenBefore(ops: readonly ClaimLaborOp[], index: number): boolean {
  const code = (ops[index] as ClaimLaborOp).opCode;
  for (let other = 0; other < index; other++) if ((ops[other] as ClaimLaborOp).opCode === code) return true;
  return false;
}

/**
 * Each op against the carmaker's labor-time table: an op not in it for this vehicle is
 * `claim.unknown_op` (review: its hours cannot be checked, and an op the carmaker does not list is
 * not a claimable op as it stands); hours claimed (all lines of the op together) above the
 * standard time are `claim.hours_above_standard` (review: the standard hours are payable, the
 * excess needs a reason). Equal to the standard is fine.
 */
export function checkLaborHours(run: AuditRun, c: ClaimContext): void {
  const ops = c.claim.laborOps;
  if (ops === undefined || ops.length === 0) return;
  c.tally.checked(RULE.laborTime);
  c.tally.checked(RULE.standardHours);
  const cite = `oem:${run.context.settings.id}#laborTimes` as const;
  const brand = c.vehicle?.brand;
  const model = c.vehicle?.model;
  for (let index = 0; index < ops.length; index++) {
    if (seenBefore(ops, index)) continue;
    const opCode = (ops[index] as ClaimLaborOp).opCode;
    const time = run.context.laborTimes.find(opCode, brand, model);
    if (time === undefined) {
      const vehicle = brand === undefined ? '' : ` ${brand} ${model}`;
      addFinding(
        c,
        'claim.unknown_op',
        'review',
        'laborTime',
        cite,
        {
          en: `Op ${opCode} is not in the labor-time table${vehicle === '' ? '' : ` for${vehicle}`}: its hours and parts are not checked`,
          zh: `工时代码 ${opCode} 不在${vehicle === '' ? '' : `${vehicle.trim()} 的`}标准工时表中：未检查其工时与配件`,
        },
        { opCode, brand: brand ?? null, model: model ?? null },
      );
      continue;
    }
    const hours = hoursOf(ops, index);
    if (compareDecimalText(hours, time.standardHours) <= 0) continue;
    const excess = subtractText(hours, time.standardHours);
    addFinding(
      c,
      'claim.hours_above_standard',
      'review',
      'standardHours',
      cite,
      {
        en: `Op ${opCode}: ${hours} hours claimed, standard time ${time.standardHours} hours (${excess} above)`,
        zh: `工时代码 ${opCode}：索赔 ${hours} 工时，标准工时 ${time.standardHours}（超出 ${excess}）`,
      },
      { opCode, hours, standardHours: time.standardHours, excessHours: excess },
    );
  }
}
