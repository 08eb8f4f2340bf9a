import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { causalPartOf } from '../claimFacts';
import type { LaborTime } from '../laborTimes';

/** The labor times of the claim's ops; `undefined` when one is unknown or does not list part groups. */
function restrictingTimes(run: AuditRun, c: ClaimContext): LaborTime[] | undefined {
  const ops = c.claim.laborOps;
  if (ops === undefined || ops.length === 0) return undefined;
  const times: LaborTime[] = [];
  for (const op of ops) {
    const time = run.context.laborTimes.find(op.opCode, c.vehicle?.brand, c.vehicle?.model);
    if (time?.partGroups === undefined) return undefined;
    times.push(time);
  }
  return times;
}

/**
 * Whether one of the claim's ops may replace a part of `group`: `undefined` when the ops do not
 * restrict the parts (no op, an op not in the table, or a labor time listing no groups).
 */
function opsReplace(run: AuditRun, c: ClaimContext, group: string): boolean | undefined {
  const ops = c.claim.laborOps;
  if (ops === undefined || ops.length === 0) return undefined;
  let found = false;
  for (const op of ops) {
    const groups = run.context.laborTimes.find(op.opCode, c.vehicle?.brand, c.vehicle?.model)?.partGroups;
    if (groups === undefined) return undefined;
    found ||= groups.includes(group);
  }
  return found;
}

const listed = (items: Iterable<string>): string => [...items].join(', ') || '—';

/**
 * Parts that do not fit the claim (`claim.part_not_plausible`, review): a part not in the
 * part-group table; a part whose group none of the claim's ops may replace (labor times'
 * `partGroups`); a causal part whose group the failure code's rule does not list (the longest
 * listed prefix of the code applies; only the causal part, as gaskets and fluids go with any
 * repair). And ops the failure code's rule does not list (`claim.op_not_plausible`, review).
 */
export function checkPlausibility(run: AuditRun, c: ClaimContext): void {
  const { claim } = c;
  const { partGroups, failureRule } = run.context.reference;
  const source = run.context.settings.id;
  const parts = claim.parts ?? [];
  const rule =
    claim.failureCode === undefined || failureRule === undefined ? undefined : failureRule(claim.failureCode);
  if (partGroups === undefined) {
    if (parts.length > 0) c.tally.notChecked(RULE.partPlausibility);
  } else if (parts.length > 0) {
    c.tally.checked(RULE.partPlausibility);
    for (const part of parts) {
      const group = partGroups.get(part.partNumber);
      if (group === undefined) {
        addFinding(
          c,
          'claim.part_not_plausible',
          'review',
          'partPlausibility',
          `oem:${source}#partGroups`,
          {
            en: `Part ${part.partNumber} is not in the part-group table`,
            zh: `配件 ${part.partNumber} 不在配件组表中`,
          },
          { partNumber: part.partNumber, partGroup: null, reason: 'unknown_part' },
        );
      } else if (opsReplace(run, c, group) === false) {
        const times = restrictingTimes(run, c) ?? [];
        const opCodes = times.map((time) => time.opCode);
        const ops = listed(opCodes);
        const allowed = new Set(times.flatMap((time) => time.partGroups ?? []));
        addFinding(
          c,
          'claim.part_not_plausible',
          'review',
          'partPlausibility',
          `oem:${source}#laborTimes`,
          {
            en: `Part ${part.partNumber} (group ${group}) is not replaced by op ${ops} (which replaces: ${listed(allowed)})`,
            zh: `配件 ${part.partNumber}（配件组 ${group}）不属于工时代码 ${ops} 可更换的配件（可更换：${listed(allowed)}）`,
          },
          {
            partNumber: part.partNumber,
            partGroup: group,
            opCodes,
            allowedGroups: [...allowed],
            reason: 'op',
          },
        );
      }
    }
    const causal = causalPartOf(claim);
    const group = causal === undefined ? undefined : partGroups.get(causal);
    if (rule?.partGroups !== undefined && group !== undefined && !rule.partGroups.includes(group)) {
      addFinding(
        c,
        'claim.part_not_plausible',
        'review',
        'partPlausibility',
        `oem:${source}#failureCodes`,
        {
          en: `Causal part ${causal} (group ${group}) does not fit failure code ${claim.failureCode} (rule ${rule.code}: ${listed(rule.partGroups)})`,
          zh: `主损件 ${causal}（配件组 ${group}）与故障代码 ${claim.failureCode} 不符（规则 ${rule.code}：${listed(rule.partGroups)}）`,
        },
        {
          partNumber: causal ?? null,
          partGroup: group,
          failureCode: claim.failureCode ?? null,
          rule: rule.code,
          allowedGroups: rule.partGroups,
          reason: 'failure_code',
        },
      );
    }
  }
  const allowedOps = rule?.opCodes;
  if (allowedOps === undefined || claim.laborOps === undefined || claim.laborOps.length === 0) {
    if (claim.laborOps !== undefined && claim.laborOps.length > 0) c.tally.notChecked(RULE.opPlausibility);
    return;
  }
  c.tally.checked(RULE.opPlausibility);
  for (const op of claim.laborOps) {
    if (allowedOps.includes(op.opCode)) continue;
    addFinding(
      c,
      'claim.op_not_plausible',
      'review',
      'opPlausibility',
      `oem:${source}#failureCodes`,
      {
        en: `Op ${op.opCode} does not repair failure code ${claim.failureCode} (rule ${rule?.code}: ${listed(allowedOps)})`,
        zh: `工时代码 ${op.opCode} 与故障代码 ${claim.failureCode} 不符（规则 ${rule?.code}：${listed(allowedOps)}）`,
      },
      { opCode: op.opCode, failureCode: claim.failureCode ?? null, rule: rule?.code ?? null, allowedOps },
    );
  }
}
