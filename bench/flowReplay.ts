/**
 * The flow figures of issue 3: replaying repair-order event logs (events/s) and auditing 100,000
 * RO histories (seconds), with the same workload driven through a plain reducer and through
 * XState v5's pure `transition` for comparison.
 *
 * The logs come from the testkit generator and go through JSON once, as logs read from a store
 * would (a generated string is a rope until first read; a parsed one is flat). All 100,000 are
 * held in memory and replayed one after the other, so most events are a cache miss: the
 * honest, slow case. `pnpm bench` runs with `--max-semi-space-size=64` (see docs/benchmarks.md).
 */
import {
  auditRepairOrders,
  createXStateImplementations,
  repairOrderFlow,
  replay,
  toXStateConfig,
} from '@aftersales/core';
import { generateRepairOrderLogs, type RepairOrderLog } from '@aftersales/testkit';
import { assign, initialTransition, setup, transition } from 'xstate';
import { plainInitial, plainReduce } from './plainRepairOrderReducer';
import { type BenchRow, bestOf } from './table';

const HISTORIES = 100_000;
/** XState is measured on a slice: at its speed the whole set would take minutes. */
const XSTATE_HISTORIES = 5_000;

function replayAll(logs: readonly RepairOrderLog[]): void {
  for (const log of logs) {
    try {
      replay(repairOrderFlow, log.events);
    } catch {
      // a generated fault: the replay stops at the refused event
    }
  }
}

function reduceAll(logs: readonly RepairOrderLog[]): void {
  for (const log of logs) {
    let state = plainInitial();
    for (const event of log.events) {
      const next = plainReduce(state, event);
      if (next === undefined) break;
      state = next;
    }
  }
}

function xstateAll(logs: readonly RepairOrderLog[]): void {
  const machine = setup(createXStateImplementations(repairOrderFlow, { assign })).createMachine(
    toXStateConfig(repairOrderFlow),
  );
  for (const log of logs) {
    let [snapshot] = initialTransition(machine);
    for (const event of log.events) [snapshot] = transition(machine, snapshot, event);
  }
}

/** Replay, plain reducer and XState on the same logs; the audit of all of them. */
export function benchFlowReplay(): BenchRow[] {
  const logs: RepairOrderLog[] = JSON.parse(
    JSON.stringify(generateRepairOrderLogs({ seed: 20_240_301, count: HISTORIES })),
  );
  const events = logs.reduce((sum, log) => sum + log.events.length, 0);
  const perSecond = (ms: number, n = events) => n / (ms / 1000);

  const engine = perSecond(bestOf(3, () => replayAll(logs)));
  const plain = perSecond(bestOf(3, () => reduceAll(logs)));
  const slice = logs.slice(0, XSTATE_HISTORIES);
  const sliceEvents = slice.reduce((sum, log) => sum + log.events.length, 0);
  const xstate = perSecond(
    bestOf(1, () => xstateAll(slice)),
    sliceEvents,
  );

  const options = { timeZone: 'Asia/Shanghai', asOf: '2026-01-01T00:00:00+08:00' } as const;
  let findings = 0;
  const auditMs = bestOf(3, () => {
    findings = auditRepairOrders(logs, options).summary.findings;
  });

  const perRo = (events / HISTORIES).toFixed(1);
  return [
    {
      figure: `replay (events/s; ${HISTORIES} RO logs of ${perRo} events)`,
      measured: engine,
      target: '≥ 2000000; within 2× of the plain reducer',
      baseline: `plain reducer: ${Math.round(plain)} (engine at ${(plain / engine).toFixed(2)}× its time); XState v5 transition: ${Math.round(xstate)}`,
    },
    {
      figure: `audit ${HISTORIES} RO histories (ms; ${perRo} events each, ${findings} findings)`,
      measured: auditMs,
      target: '≤ 2000',
      baseline: `replay of the same logs alone: ${Math.round((events / engine) * 1000)} ms`,
    },
  ];
}
