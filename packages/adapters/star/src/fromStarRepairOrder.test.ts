import { describe, expect, it } from 'vitest';
import { fromStarRepairOrder } from './fromStarRepairOrder';
import { starExample, TEST_VIN } from './testing';

const OPTIONS = { timeZone: 'America/New_York', vin: TEST_VIN } as const;
const SPEC = {
  ...OPTIONS,
  dealerId: 'DLR-GA-01',
  advisorId: 'SA-GA-02',
  openedAt: '2026-02-23T09:00:00-05:00',
};

describe('fromStarRepairOrder: repair_line_item_split.json', () => {
  const result = fromStarRepairOrder(starExample('repair_line_item_split'), OPTIONS);

  it('imports the header from repair_order_references and dealer_workshop_details', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'ro-key-10092',
      roNumber: 'ROR-2026-0724-99',
      dealerId: 'DLR-10492',
      advisorId: 'pr-emp-101',
      kind: 'warranty', // initiation types CUSTOMER_CONCERN (no kind), WARRANTY
      currency: 'USD',
      status: 'in_repair', // ACTIVE without a stage, noted
      openedAt: '2026-07-24T09:50:00Z',
    });
  });

  it('says in Chinese what each lenient read took a value as, STAR names kept as they are', () => {
    if (!result.ok) throw new Error('not imported');
    const zh = (code: string, last: string | number) =>
      result.notes.filter((n) => n.code === code && n.path.at(-1) === last).map((n) => n.message.zh);
    expect(zh('star.lenient_value', 'repair_order_references')).toEqual([
      expect.stringContaining(
        '“repair_order_references[0]”不在 STAR 的 RepairOrder 字段 列表中；按 工单表头 读取',
      ),
    ]);
    expect(zh('star.lenient_value', 'assigned_technician')).toEqual([
      expect.stringContaining(
        '“assigned_technician”不在 STAR 的 RepairOrder 字段 列表中；按 staff_assignments（角色 TECHNICIAN） 读取',
      ),
    ]);
    expect(zh('star.lenient_value', 'pay_type')).toEqual([
      expect.stringContaining('“CUSTOMER”不在 STAR 的 PayTypes 列表中；按 CUSTOMER_PAY 读取'),
      expect.stringContaining('“OEM”不在 STAR 的 PayTypes 列表中；按 MANUFACTURER 读取'),
    ]);
    expect(zh('star.assumed_value', 'current_repair_stage_type')).toEqual([
      expect.stringContaining(
        'STAR 文档中缺少该值；按 “in_repair”（维修中） 处理（状态为 ACTIVE 且无阶段：视为维修中）',
      ),
    ]);
  });

  it('keeps every labor operation, the payee-list pay types read leniently', () => {
    if (!result.ok) throw new Error('not imported');
    const lines = result.value.jobs.flatMap((job) => job.laborLines);
    expect(lines.map((l) => [l.id, l.soldHours, l.payType, l.payTypeDetail, l.authorization])).toEqual([
      ['LOP-101', '0.00', 'CP', undefined, 'declined'], // pay_type CUSTOMER → CUSTOMER_PAY
      ['LOP-102', '0.50', 'I', 'dealer', 'approved'],
      ['LOP-103', '1.25', 'W', 'manufacturer', 'approved'], // pay_type OEM → MANUFACTURER
      ['LOP-104', '1.00', 'W', undefined, 'approved'],
    ]);
    // Credited to the technician on the line: here the workshop's assigned technician, noted.
    expect(new Set(lines.map((l) => l.technicianId))).toEqual(new Set(['pr-emp-102']));
    const lenient = result.notes.filter(
      (n) => n.code === 'star.lenient_value' && n.path.at(-1) === 'pay_type',
    );
    expect(lenient.map((n) => n.params?.value)).toEqual(['CUSTOMER', 'OEM']);
  });

  it('checks the effort breakdown against the lines: only the rounded 18.19 % disagrees (0.5 / 2.75 = 18.18 %)', () => {
    if (!result.ok) throw new Error('not imported');
    // Hours: 0.50 + 1.25 + 1.00 + 0.00 = 2.75 = total_billed_hours; OEM 1.25, WARRANTY 1.00,
    // DEALER 0.50, CUSTOMER 0.00 each equal their lines. Amounts: 225 + 180 + 75 + 0 = 480.
    const mismatches = result.notes.filter((n) => n.code === 'star.total_mismatch');
    expect(mismatches.map((n) => [n.path.join('.'), n.params?.stated, n.params?.computed])).toEqual([
      ['repair_effort_summary.effort_breakdown.2.percentage_of_total', '18.19%', '18.18%'],
    ]);
    expect(Object.keys(result.value.extensions?.star as object)).toContain('repair_effort_summary');
  });

  it('is rejected with star.unmappable when neither the document nor the options give a VIN', () => {
    const bare = fromStarRepairOrder(starExample('repair_line_item_split'), { timeZone: 'UTC' });
    expect(bare.ok ? [] : bare.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['star.unmappable', 'vehicle_reference.vin'],
    ]);
  });
});

describe('fromStarRepairOrder: spec_detailed_repair_cost.json', () => {
  it('reads the RO-level labor operations as one job; 45.00 + 20.00 = 65.00 = total_labor_amount', () => {
    const result = fromStarRepairOrder(starExample('spec_detailed_repair_cost'), SPEC);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kind).toBe('maintenance'); // first labor_operation_type
    const [job] = result.value.jobs;
    expect(job?.id).toBe('STAR-OPS');
    expect(job?.laborLines.map((l) => [l.id, l.soldHours, l.laborAmount, l.authorization])).toEqual([
      ['OP-FILTER-001', '0.5', '45.00', 'pending'], // PENDING_APPROVAL read as PENDING
      ['OP-WIPER-002', '0', '20.00', undefined], // no status, no hours: 0 noted
    ]);
    expect(job?.inspections).toEqual([{ item: 'CABIN_AIR_FILTER', result: 'red', finding: 'CLOGGED' }]);
    // 65.00 + 58.50 + 10.99 = 134.49 = grand_total: no mismatch.
    expect(result.notes.some((n) => n.code === 'star.total_mismatch')).toBe(false);
    const kept = result.value.jobs[0]?.laborLines[0]?.extensions?.star as Record<string, unknown>;
    // amount (its display_value) and inspections (narrative_uom_type TEXT) carry more than is mapped.
    expect(Object.keys(kept)).toEqual([
      'amount',
      'labor_operation_type',
      'inspections',
      'bill_of_material_references',
      'captured_financial_split',
    ]);
  });
});

describe('fromStarRepairOrder: spec_repair_order_declined.json', () => {
  it('credits the primary technician and reads the declined wipers with the event note', () => {
    const result = fromStarRepairOrder(starExample('spec_repair_order_declined'), SPEC);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [filter, wipers] = result.value.jobs[0]?.laborLines ?? [];
    expect(filter).toMatchObject({
      technicianId: 'TECH-GA-08',
      authorization: 'approved',
      laborAmount: '45.00',
    });
    expect(wipers).toMatchObject({
      authorization: 'declined',
      authorizationNote: 'Customer states they will replace wipers themselves.',
      soldHours: '0',
    });
    expect(result.value.jobs[0]?.authorization).toBe('partially_approved'); // approved + declined
  });
});

describe('fromStarRepairOrder: what STAR’s schema rejects', () => {
  it('rejects a pay type in neither list with input.invalid_value at the STAR path', () => {
    const doc = {
      repair_order_id: 'RO-1',
      labor_operations: [{ labor_operation_id: 'L1', pay_type: 'FLEET' }],
    };
    const result = fromStarRepairOrder(doc, SPEC);
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: 'input.invalid_value',
      path: ['labor_operations', 0, 'pay_type'],
    });
  });

  it('rejects a date-time without offset and a too-long sequence number', () => {
    const doc = {
      repair_order_id: 'RO-1',
      repair_status_events: [{ repair_stage_type: 'REPAIR', occurrence_date_time: '2026-01-01T10:00:00' }],
      repair_order_line_items: [{ sequential_line_number: 'x'.repeat(21) }],
    };
    const result = fromStarRepairOrder(doc, SPEC);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['input.invalid_format', 'repair_status_events.0.occurrence_date_time'],
      ['input.too_big', 'repair_order_line_items.0.sequential_line_number'],
    ]);
  });

  it('rejects a document that is not an object', () => {
    const result = fromStarRepairOrder([], SPEC);
    expect(result.ok ? undefined : result.issues[0]?.code).toBe('input.invalid_type');
  });
});

describe('fromStarRepairOrder: a labor operation split between payers', () => {
  it('becomes one line per payer, the 100.00 amount allocated 1 : 2 as 33.33 + 66.67 exactly', () => {
    const op = {
      labor_operation_id: 'L1',
      labor_operation_codes: [{ code: '12-0001' }],
      labor_operation_name: 'Module update',
      flat_rate_units: '3.0',
      pay_type: 'WARRANTY',
      amount: { amount: { amount: '100.00', currency_code: 'USD' } },
      repair_effort_summary: {
        effort_split_references: [
          { warranty_effort_hours: { value: '1.0' }, internal_effort_hours: { value: '2.0' } },
        ],
      },
    };
    const result = fromStarRepairOrder(
      { repair_order_id: 'RO-9', labor_operations: [op] },
      { ...SPEC, currency: 'USD' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lines = result.value.jobs[0]?.laborLines ?? [];
    // 100.00 × 1/3 = 33.333… → 33.33; 100.00 × 2/3 = 66.666… → 66.67 (largest remainder).
    expect(lines.map((l) => [l.id, l.payType, l.soldHours, l.laborAmount])).toEqual([
      ['L1/W', 'W', '1.0', '33.33'],
      ['L1/I', 'I', '2.0', '66.67'],
    ]);
  });

  it('is star.unmappable when the split hours do not add up to the billed hours', () => {
    const op = {
      labor_operation_id: 'L1',
      flat_rate_units: '2.5',
      pay_type: 'WARRANTY',
      repair_effort_summary: {
        effort_split_references: [
          { customer_effort_hours: { value: '1' }, warranty_effort_hours: { value: '1' } },
        ],
      },
    };
    const result = fromStarRepairOrder(
      { repair_order_id: 'RO-9', labor_operations: [op] },
      { ...SPEC, currency: 'USD' },
    );
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['star.unmappable']);
  });
});

describe('keys named like Object.prototype members', () => {
  it('keeps a STAR field named valueOf in extensions instead of throwing', () => {
    const result = fromStarRepairOrder(
      { repair_order_id: 'RO-1', valueOf: { '': '' } },
      {
        timeZone: 'America/New_York',
        vin: '1FTFW1E51NFA00001',
        dealerId: 'D-1',
        advisorId: 'SA-1',
        openedAt: '2026-02-23T09:00:00-05:00',
        currency: 'USD',
      },
    );
    // The fuzz test's counterexample: `mapped.valueOf` found Object.prototype.valueOf.
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.extensions?.star).toEqual({ valueOf: { '': '' } });
  });
});
