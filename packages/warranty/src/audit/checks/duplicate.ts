import type { Citation } from '@aftersales/core';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import type { AuditClaim } from '../fastClaim';

/** The op code and part number two claims share (`null`: neither has any), or `undefined`. */
interface SharedKey {
  readonly opCode: string | null;
  readonly partNumber: string | null;
}

/**
 * The first (op, part) pair of `a` that `b` has too. A claim without ops (or parts) has the one
 * key "no op" (or "no part"): two part-less claims for the same op share it, a part-less claim and
 * one replacing a part do not.
 */
function sharedKey(a: AuditClaim, b: AuditClaim): SharedKey | undefined {
  const opsA = a.laborOps ?? [];
  const opsB = b.laborOps ?? [];
  const partsA = a.parts ?? [];
  const partsB = b.parts ?? [];
  for (let i = 0; i < Math.max(opsA.length, 1); i++) {
    const op = opsA[i]?.opCode;
    let sameOp = false;
    for (let j = 0; j < Math.max(opsB.length, 1) && !sameOp; j++) sameOp = opsB[j]?.opCode === op;
    if (!sameOp) continue;
    for (let k = 0; k < Math.max(partsA.length, 1); k++) {
      const part = partsA[k]?.partNumber;
      for (let m = 0; m < Math.max(partsB.length, 1); m++) {
        if (partsB[m]?.partNumber === part) return { opCode: op ?? null, partNumber: part ?? null };
      }
    }
  }
  return undefined;
}

function describe(key: SharedKey): { en: string; zh: string } {
  if (key.opCode === null)
    return { en: `part ${key.partNumber} (no op)`, zh: `配件 ${key.partNumber}（无工时）` };
  if (key.partNumber === null)
    return { en: `op ${key.opCode} (no part)`, zh: `工时代码 ${key.opCode}（无配件）` };
  return {
    en: `op ${key.opCode} and part ${key.partNumber}`,
    zh: `工时代码 ${key.opCode}、配件 ${key.partNumber}`,
  };
}

const NOT_PAID = new Set(['rejected', 'charged_back']);
const STATUS_ZH: Record<string, string> = { rejected: '拒赔', charged_back: '扣款' };

interface Match {
  readonly other: AuditClaim;
  readonly source: 'history' | 'batch';
  readonly row: number;
  readonly days: number;
  readonly key: SharedKey;
}

/**
 * Duplicate claims (`claim.duplicate`, reject: the same repair paid twice): the same VIN, op code
 * and part number as an earlier claim of the history or an earlier row of the batch, the repair
 * dates at most `duplicateWindowDays` apart (either way; "within" includes the number). A claim
 * with the same id is the same claim, not a duplicate. An earlier claim the carmaker rejected or
 * charged back paid nothing: matching only such a claim is `claim.resubmission` (info).
 */
export function checkDuplicate(run: AuditRun, c: ClaimContext): void {
  const window = c.rules.duplicateWindowDays;
  if (window === undefined) {
    c.tally.notChecked(RULE.duplicate);
    return;
  }
  c.tally.checked(RULE.duplicate);
  const { claim, row } = c;
  const table = run.index.claims;
  const end = table.start[c.slot + 1] as number;
  let unpaid: Match | undefined;
  // The vehicle's claims: history first, then batch rows in order; only earlier rows count.
  for (let entry = table.start[c.slot] as number; entry < end; entry++) {
    const fromHistory = !table.isBatch(entry);
    const otherRow = table.row(entry);
    if (!fromHistory && otherRow >= row) break;
    const days = Math.abs(table.day(entry) - c.dateDay);
    if (days > window.value) continue;
    const other = (
      fromHistory ? run.index.history.claims[otherRow] : run.batch.claims[otherRow]
    ) as AuditClaim;
    if (other.id === claim.id) continue;
    const key = sharedKey(claim, other);
    if (key === undefined) continue;
    const match: Match = { other, source: fromHistory ? 'history' : 'batch', row: otherRow, days, key };
    if (!NOT_PAID.has(other.status)) {
      report(c, match, window.value, window.cite);
      return;
    }
    unpaid ??= match;
  }
  if (unpaid !== undefined) report(c, unpaid, window.value, window.cite);
}

function report(c: ClaimContext, match: Match, window: number, cite: Citation): void {
  const { other, source, row, days, key } = match;
  const what = describe(key);
  const where =
    source === 'history'
      ? { en: `history row ${row}`, zh: `历史第 ${row} 行` }
      : { en: `batch row ${row}`, zh: `本批第 ${row} 行` };
  const facts = {
    duplicateOf: other.id,
    source,
    row,
    status: other.status,
    repairDate: other.repairDate,
    daysApart: days,
    windowDays: window,
    opCode: key.opCode,
    partNumber: key.partNumber,
  };
  if (NOT_PAID.has(other.status)) {
    addFinding(
      c,
      'claim.resubmission',
      'info',
      'duplicate',
      cite,
      {
        en: `Same VIN and ${what.en} as claim ${other.id} (${where.en}), which was ${other.status.replace('_', ' ')}; ${days} days apart`,
        zh: `与已${STATUS_ZH[other.status]}的索赔单 ${other.id}（${where.zh}）车辆及${what.zh}相同，相隔 ${days} 天`,
      },
      facts,
    );
    return;
  }
  addFinding(
    c,
    'claim.duplicate',
    'reject',
    'duplicate',
    cite,
    {
      en: `Same VIN and ${what.en} as claim ${other.id} (${where.en}, repaired ${other.repairDate}), ${days} days apart (window ${window} days)`,
      zh: `与索赔单 ${other.id}（${where.zh}，维修日期 ${other.repairDate}）车辆及${what.zh}相同，相隔 ${days} 天（重复索赔期 ${window} 天）`,
    },
    facts,
  );
}
