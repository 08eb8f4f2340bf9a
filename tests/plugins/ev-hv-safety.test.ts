import {
  AftersalesError,
  auditRepairOrders,
  createAftersales,
  definePlugin,
  extendFlow,
  type FlowEvent,
  type FlowExtension,
  flowWithPlugins,
  nextEvents,
  repairOrderFlow,
  replay,
  transition,
} from '@aftersales/core';
import { describe, expect, it } from 'vitest';

/**
 * An OEM plugin that adds a high-voltage safety step to the repair-order flow of its EV dealers:
 * after dispatch, the high-voltage system is isolated (高压断电) by a certified technician before
 * any repair starts, within 2 hours of dispatch. It adds a state, a guard on an existing
 * transition, a payload-reading guard with code, and an SLA.
 */
const hvSafety: FlowExtension = {
  id: 'acme.ev-hv-safety',
  version: '1.0.0',
  flow: 'repair-order',
  states: {
    hv_isolation: {
      title: { en: 'High-voltage isolation', zh: '高压断电检查' },
      tags: ['star:WORK_IN_PROGRESS'],
      on: {
        start_repair: [
          { target: 'in_repair', guards: ['acme.certified-technician'], mark: ['acme.hv-isolated'] },
        ],
      },
    },
  },
  events: {
    isolate_high_voltage: {
      title: { en: 'Isolate the high-voltage system', zh: '高压断电' },
      payload: { technicianId: { type: 'string', required: true } },
    },
  },
  guards: {
    'acme.hv-isolated': {
      title: { en: 'The high-voltage system is isolated', zh: '已完成高压断电' },
      cite: 'oem:acme-ev-2024#hvSafety',
      message: { en: 'no repair before the high-voltage isolation', zh: '未完成高压断电，不得开工' },
      unblock: {
        message: { en: 'isolate the high-voltage system', zh: '请先高压断电' },
        events: ['isolate_high_voltage'],
      },
      requireMarks: ['acme.hv-isolated'],
    },
    'acme.certified-technician': {
      title: { en: 'Isolated by a certified technician', zh: '由持证技师断电' },
      cite: 'oem:acme-ev-2024#hvSafety.certified',
      message: { en: 'the technician is not HV-certified', zh: '该技师无高压作业资质' },
      unblock: { message: { en: 'have a certified technician isolate it', zh: '请由持证技师断电' } },
    },
  },
  slas: [
    {
      id: 'acme.hv-isolation.within-2h',
      title: { en: 'HV isolation within 2 hours of dispatch', zh: '派工后2小时内完成高压断电' },
      cite: 'oem:acme-ev-2024#hvSafety.isolateWithinHours',
      start: { event: 'dispatch' },
      stop: { event: 'isolate_high_voltage' },
      limit: { hours: 2 },
    },
  ],
  transitions: [
    {
      from: 'dispatched',
      event: 'isolate_high_voltage',
      transition: { target: 'hv_isolation', assign: ['acme.record-isolation'] },
    },
  ],
  addGuards: [{ from: 'dispatched', event: 'start_repair', guards: ['acme.hv-isolated'] }],
  implementation: {
    initialData: { hvIsolatedBy: null },
    guards: {
      // The certified technicians would come from the DMS; the guard reads them from the context.
      'acme.certified-technician': (data, _event, context) =>
        ((context as { certified?: string[] } | undefined)?.certified ?? []).includes(
          String(data.hvIsolatedBy),
        ),
    },
    assign: {
      'acme.record-isolation': (data, event) => ({ ...data, hvIsolatedBy: String(event.data?.technicianId) }),
    },
  },
};

const at = (hour: number, minute = 0) =>
  `2024-05-06T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
const upToDispatch: FlowEvent[] = [
  { type: 'receive_vehicle', at: at(9), actor: 'SA-1', data: { kind: 'repair' } },
  { type: 'complete_walkaround', at: at(9, 10), actor: 'SA-1' },
  { type: 'add_line', at: at(9, 15), actor: 'SA-1', data: { lineId: 'L1', payType: 'CP', priced: true } },
  { type: 'submit_estimate', at: at(9, 20), actor: 'SA-1' },
  { type: 'approve_line', at: at(9, 25), actor: 'SA-1', data: { lineId: 'L1' } },
  { type: 'confirm_approval', at: at(9, 26), actor: 'SA-1' },
  { type: 'dispatch', at: at(9, 30), actor: 'FM-1' },
];

describe('a flow extension contributed by a plugin (EV high-voltage safety)', () => {
  const plugin = definePlugin({ id: '@acme/ev-hv-safety', version: '1.0.0', flows: [hvSafety] });
  const registry = createAftersales({ plugins: [plugin], timeZone: 'Asia/Shanghai' });
  const evFlow = flowWithPlugins(repairOrderFlow, registry);
  const context = { certified: ['T-HV-1'] };

  it('refuses to start the repair before the isolation, citing the OEM policy and naming the missing step', () => {
    const state = replay(evFlow, upToDispatch, { context });
    const result = transition(evFlow, state, { type: 'start_repair', at: at(10), actor: 'T-1' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.reason).toBe('guard_failed');
    expect(result.rejection.failed.map((f) => [f.rule, f.cite])).toEqual([
      ['acme.hv-isolated', 'oem:acme-ev-2024#hvSafety'],
    ]);
    expect(result.rejection.unblock[0]?.events).toEqual(['isolate_high_voltage']);
    // The UI sees the new step as the way forward.
    const buttons = nextEvents(evFlow, state, context);
    expect(buttons.find((b) => b.type === 'isolate_high_voltage')?.allowed).toBe(true);
    expect(buttons.find((b) => b.type === 'start_repair')?.allowed).toBe(false);
  });

  it('goes through the added state once a certified technician isolated the system', () => {
    const log: FlowEvent[] = [
      ...upToDispatch,
      { type: 'isolate_high_voltage', at: at(10), actor: 'T-HV-1', data: { technicianId: 'T-HV-1' } },
      { type: 'start_repair', at: at(10, 5), actor: 'T-1' },
    ];
    const state = replay(evFlow, log, { context });
    expect(state.value).toBe('in_repair');
    expect(state.marks).toContain('acme.hv-isolated');
    expect((state.data as Record<string, unknown>).hvIsolatedBy).toBe('T-HV-1');
    // A technician without the certificate cannot take the car out of isolation into repair.
    const other = [...log.slice(0, -2), { ...(log.at(-2) as FlowEvent), data: { technicianId: 'T-9' } }];
    const halfway = replay(evFlow, other, { context });
    const refused = transition(
      evFlow,
      halfway,
      { type: 'start_repair', at: at(10, 5), actor: 'T-1' },
      context,
    );
    expect(refused.ok ? [] : refused.rejection.failed.map((f) => f.rule)).toEqual([
      'acme.certified-technician',
    ]);
  });

  it('audits the SLA the plugin adds: isolation 2 h 30 min after dispatch is late', () => {
    const late: FlowEvent[] = [
      ...upToDispatch,
      { type: 'isolate_high_voltage', at: at(12), actor: 'T-HV-1', data: { technicianId: 'T-HV-1' } },
    ];
    const onTime: FlowEvent[] = [
      ...upToDispatch,
      { type: 'isolate_high_voltage', at: at(11, 30), actor: 'T-HV-1', data: { technicianId: 'T-HV-1' } },
    ];
    const report = auditRepairOrders(
      [
        { id: 'RO-LATE', events: late },
        { id: 'RO-OK', events: onTime },
      ],
      { timeZone: 'Asia/Shanghai', flow: evFlow, context },
    );
    const lateFindings = report.results[0]?.findings ?? [];
    expect(lateFindings.map((f) => [f.rule, f.kind, f.cite, f.events])).toEqual([
      ['acme.hv-isolation.within-2h', 'late', 'oem:acme-ev-2024#hvSafety.isolateWithinHours', [6, 7]],
    ]);
    expect(lateFindings[0]?.facts.hours).toBe(2.5);
    expect(report.results[1]?.findings.map((f) => f.rule)).not.toContain('acme.hv-isolation.within-2h');
  });

  it('leaves the standard flow as it was and records the extension on the definition', () => {
    const state = replay(repairOrderFlow, upToDispatch);
    expect(transition(repairOrderFlow, state, { type: 'start_repair', at: at(10), actor: 'T-1' }).ok).toBe(
      true,
    );
    expect(evFlow.definition.extensions).toEqual([{ id: 'acme.ev-hv-safety', version: '1.0.0' }]);
    expect(repairOrderFlow.definition.extensions).toBeUndefined();
  });

  it('refuses an extension that would replace a rule or that names an unknown state', () => {
    const replacing = { ...hvSafety, guards: { 'ro.lines-priced': hvSafety.guards?.['acme.hv-isolated'] } };
    expect(() => extendFlow(repairOrderFlow, replacing as FlowExtension)).toThrowError(AftersalesError);
    try {
      extendFlow(repairOrderFlow, replacing as FlowExtension);
    } catch (error) {
      expect((error as AftersalesError).code).toBe('flow.invalid_definition');
      expect((error as AftersalesError).path).toEqual(['extensions', 0, 'guards', 'ro.lines-priced']);
    }
    const lost = {
      ...hvSafety,
      transitions: [{ from: 'nowhere', event: 'isolate_high_voltage', transition: {} }],
    };
    expect(() => extendFlow(repairOrderFlow, lost)).toThrowError(/unknown state 'nowhere'/);
    expect(() => extendFlow(repairOrderFlow, { ...hvSafety, flow: 'complaint' })).toThrowError(
      /not 'repair-order'/,
    );
  });
});
