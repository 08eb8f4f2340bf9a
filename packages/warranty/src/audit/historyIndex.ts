import { OdometerReadingSchema } from '@aftersales/core';
import { dayOfDate } from '../fastChecks';
import type { AuditContext } from './auditOptions';
import type { HistoryInput, HistoryRejection } from './auditTypes';
import { type ClaimRows, readClaimRows } from './claimRows';
import { ClaimTable, hashOf } from './claimTable';
import type { AuditClaim } from './fastClaim';
import { msOf } from './fastFields';
import {
  fastOdometerReading,
  fastRepairOrderHeader,
  RepairOrderHeaderSchema,
  type RepairOrderTimes,
} from './historyRows';
import { ReadingSource, type ReadingSourceCode } from './readingSource';
import { type RejectRow, readRow, type VinSlots } from './vinSlots';

/** The history of the audited vehicles, read and indexed once. */
export interface HistoryIndex {
  /** The earlier claims as read. */
  readonly history: ClaimRows;
  /** The claims of each audited vehicle, and each batch claim's earlier readings of ROs and odometer readings. */
  readonly claims: ClaimTable;
  /** The first `first_maintenance` RO (首保) of each slot: its day (−1: none) and km. */
  readonly firstMaintenanceDay: Int32Array;
  readonly firstMaintenanceKm: Int32Array;
  readonly rejections: readonly HistoryRejection[];
  readonly counts: { readonly read: number; readonly rejected: number; readonly ignored: number };
}

/**
 * Reads the history rows, each malformed one listed in `rejections` with its input and row, and
 * keeps what the batch's claims need: for each claim, the highest and the latest reading of its
 * vehicle's ROs (in and out) and odometer readings before its repair date (never those of its
 * own RO); the first maintenance of each vehicle; and the claims of each vehicle (earlier and
 * batch), for duplicates and the readings of claims. A claim is read on its repair date without a
 * time, so a reading is earlier when its day, in the dealer's zone, is before the repair date.
 */
export function buildHistoryIndex(
  context: AuditContext,
  vins: VinSlots,
  batch: ClaimRows,
  rejections: HistoryRejection[],
): HistoryIndex {
  const { localDayOfMs, history } = context;
  const rejectFrom =
    (input: HistoryInput): RejectRow =>
    (row, issues) =>
      rejections.push({ input, row, issues });
  const slotCount = vins.count;
  const earlier = readClaimRows(history.claims, vins, false, rejectFrom('claims'));
  const claims = new ClaimTable(slotCount, earlier.slots, batch.slots, (fromBatch, row) => {
    const claim = (fromBatch ? batch : earlier).claims[row] as AuditClaim;
    return { repairDay: dayOfDate(claim.repairDate), odometerKm: claim.odometerKm, roId: claim.roId };
  });
  // A reading of a vehicle goes to each of its batch claims it is earlier than (not of their RO).
  const observe = (
    slot: number,
    day: number,
    km: number,
    source: ReadingSourceCode,
    row: number,
    roId?: string,
  ) => {
    const end = claims.start[slot + 1] as number;
    const hash = roId === undefined ? 0 : hashOf(roId);
    for (let entry = claims.start[slot] as number; entry < end; entry++) {
      if (!claims.isBatch(entry) || day >= claims.day(entry)) continue;
      if (
        roId !== undefined &&
        hash === claims.roHash(entry) &&
        roId === batch.claims[claims.row(entry)]?.roId
      )
        continue;
      claims.offer(entry, day, km, source, row);
    }
  };

  const firstMaintenanceDay = new Int32Array(slotCount).fill(-1);
  const firstMaintenanceKm = new Int32Array(slotCount);
  let ignored = 0;
  const times: RepairOrderTimes = { openedMs: 0, outMs: 0 };
  const fastRo = (input: unknown) => fastRepairOrderHeader(input, vins.isVin, times);
  const rejectRo = rejectFrom('repairOrders');
  const ros = history.repairOrders;
  for (let row = 0; row < ros.length; row++) {
    const input = ros[row];
    const ro = readRow(input, row, fastRo, RepairOrderHeaderSchema, rejectRo);
    if (ro === undefined) continue;
    if (ro.status === 'voided' || ro.status === 'cancelled') {
      ignored++;
      continue;
    }
    const slot = vins.slotOfRecord(ro, input);
    if (slot === undefined || claims.start[slot] === claims.start[slot + 1]) continue;
    const inKm = ro.odometerInKm;
    const outKm = ro.odometerOutKm;
    // The fast reader left the times it read; a row the schema read has them read here.
    const fast = ro === input;
    const openedDay = localDayOfMs(fast ? times.openedMs : msOf(ro.openedAt));
    if (inKm !== undefined) observe(slot, openedDay, inKm, ReadingSource.roIn, row, ro.id);
    if (outKm !== undefined && outKm !== inKm) {
      const outAt = ro.deliveredAt ?? ro.closedAt ?? ro.openedAt;
      observe(slot, localDayOfMs(fast ? times.outMs : msOf(outAt)), outKm, ReadingSource.roOut, row, ro.id);
    }
    const km = inKm ?? outKm;
    if (ro.kind === 'first_maintenance' && km !== undefined) {
      const known = firstMaintenanceDay[slot] as number;
      if (known < 0 || openedDay < known) {
        firstMaintenanceDay[slot] = openedDay;
        firstMaintenanceKm[slot] = km;
      }
    }
  }

  const fastReading = (input: unknown) => fastOdometerReading(input, vins.isVin);
  const rejectReading = rejectFrom('odometerReadings');
  const list = history.odometerReadings;
  for (let row = 0; row < list.length; row++) {
    const reading = readRow(list[row], row, fastReading, OdometerReadingSchema, rejectReading);
    if (reading === undefined) continue;
    const slot = vins.slotOfRecord(reading, list[row]);
    if (slot === undefined) continue;
    observe(slot, localDayOfMs(msOf(reading.readAt)), reading.km, ReadingSource.reading, row, reading.roId);
  }

  return {
    history: earlier,
    claims,
    firstMaintenanceDay,
    firstMaintenanceKm,
    rejections,
    counts: {
      read: history.vehicles.length + ros.length + history.claims.length + list.length,
      rejected: rejections.length,
      ignored,
    },
  };
}
