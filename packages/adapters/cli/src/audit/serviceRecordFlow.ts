import {
  createFlow,
  type Flow,
  type FlowStateDefinition,
  type RepairOrderFlowData,
  repairOrderFlow,
} from '@aftersales/core';

/**
 * The rules of the standard repair-order flow that need a fact an RO record does not hold, so
 * that checking them on records would fire on every one:
 * - SLA `care.archive` (the customer record within 2 days): the record is the customer visit's
 *   `archivedAt` (KPI `care.archive.ontime`), not on the RO;
 * - guard `ro.warranty-eligibility` (no settlement of a warranty line without an eligibility
 *   decision attached): the decision is not on the RO; the warranty section audits the claims.
 *
 * @example
 * rulesNotOnRecords.includes('care.archive'); // true
 */
export const rulesNotOnRecords: readonly string[] = Object.freeze([
  'care.archive',
  'ro.warranty-eligibility',
]);

let cached: Flow<RepairOrderFlowData> | undefined;

/**
 * The flow RO records are audited against: core's standard `repairOrderFlow` (same id, version,
 * states, guards and citations) without the rules in {@link rulesNotOnRecords}.
 *
 * @example
 * auditRepairOrders(histories, { timeZone: 'Asia/Shanghai', flow: repairOrderRecordFlow() });
 */
export function repairOrderRecordFlow(): Flow<RepairOrderFlowData> {
  if (cached !== undefined) return cached;
  const skip = new Set(rulesNotOnRecords);
  const definition = repairOrderFlow.definition;
  const states: Record<string, FlowStateDefinition> = {};
  for (const [name, state] of Object.entries(definition.states)) {
    const on = Object.fromEntries(
      Object.entries(state.on ?? {}).map(([event, transitions]) => [
        event,
        transitions.map((t) => (t.guards ? { ...t, guards: t.guards.filter((g) => !skip.has(g)) } : t)),
      ]),
    );
    states[name] = state.on === undefined ? state : { ...state, on };
  }
  cached = createFlow(
    {
      ...definition,
      states,
      guards: Object.fromEntries(Object.entries(definition.guards ?? {}).filter(([name]) => !skip.has(name))),
      slas: (definition.slas ?? []).filter((sla) => !skip.has(sla.id)),
    },
    repairOrderFlow.implementation,
  );
  return cached;
}
