/**
 * The README's tour of the kernel, as code that runs (`pnpm tsx --conditions=@aftersales/source
 * examples/tour.ts`) and is typechecked with the rest of the repository, so the README cannot
 * drift from the API. Each printed value is the one the README shows.
 */
import {
  addWorkingDays,
  allocate,
  createBusinessCalendar,
  evaluatePeriod,
  formatMoney,
  money,
  repairOrderFlow,
  replay,
  safeParseRecord,
  transition,
  VehicleSchema,
} from '@aftersales/core';

// Money is exact and never a JS float: decimal strings in, explicit rounding out.
const labor = money('380.00').add(money('57.50'));
console.log(formatMoney(labor, 'zh-CN')); // ¥437.50
console.log(allocate(money('100.00'), ['1', '1', '1']).map((part) => part.toDecimalString())); // 33.34, 33.33, 33.33

// Records are validated by zod schemas; failures are coded issues with paths, in en and zh.
const result = safeParseRecord(VehicleSchema, {
  vin: 'LSVAU2188N2123456',
  brand: 'Volkswagen',
  model: 'Lavida',
  modelYear: 2022,
});
if (!result.ok) for (const issue of result.issues) console.log(issue.code, issue.message.zh);

// Business time is computed in the dealer's zone, passed in, never the host's.
const holidays = [
  '2024-10-01',
  '2024-10-02',
  '2024-10-03',
  '2024-10-04',
  '2024-10-05',
  '2024-10-06',
  '2024-10-07',
];
const calendar = createBusinessCalendar({
  timeZone: 'Asia/Shanghai',
  holidays,
  workingWeekends: ['2024-09-29', '2024-10-12'], // 调休 make-up working days
});
console.log(addWorkingDays(calendar, '2024-09-28', 10)); // 2024-10-16: a 三包 Art. 28 answer deadline

// "Whichever comes first" periods of months and kilometres.
const sanbao = { months: 24, km: 50_000 };
const evaluation = evaluatePeriod(sanbao, { date: '2022-03-15', km: 0 }, { date: '2024-03-16', km: 49_999 });
console.log(evaluation.within, evaluation.endedBy); // false 'time'

// A repair order is its event log; the flow says why an event is refused and which steps are missing.
const received = replay(repairOrderFlow, [
  {
    type: 'receive_vehicle',
    at: '2024-03-01T09:00:00+08:00',
    actor: 'EMP-SA-01',
    data: { kind: 'maintenance' },
  },
]);
const refused = transition(repairOrderFlow, received, {
  type: 'deliver',
  at: '2024-03-01T09:05:00+08:00',
  actor: 'EMP-SA-01',
});
if (!refused.ok) console.log(refused.rejection.message.zh, refused.rejection.unblock[0]?.events?.length); // 状态“已接车问诊”下不能执行“交车” 11
