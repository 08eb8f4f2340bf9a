import { describe, expect, it } from 'vitest';
import { readStarFragment } from './readStarFragment';
import { starExample, TEST_VIN } from './testing';

const OPTIONS = { timeZone: 'America/New_York' } as const;
const codes = (notes: readonly { code: string }[]) => notes.map((note) => note.code);

describe('readStarFragment: declined_labor_operation.json', () => {
  it('reads the declined operation as one declined CP line selling 0 hours, with notes for what it lacks', () => {
    const result = readStarFragment('labor_operation', starExample('declined_labor_operation'), OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      {
        id: 'LOP-88210',
        opCode: '04-TIRE-MOUNT',
        description: '04-TIRE-MOUNT', // no name in the fragment: the op code, noted
        soldHours: '0', // declined: nothing billed
        payType: 'CP', // no pay type: options.defaultPayType (default CP), noted
        authorization: 'declined',
        authorizationNote: 'Declined by customer: deferred until next scheduled maintenance.',
      },
    ]);
    // labor_operation_code is the examples' name for labor_operation_codes[0].code.
    expect(codes(result.notes)).toEqual([
      'star.lenient_value',
      'star.assumed_value',
      'star.assumed_value',
      'star.assumed_value',
    ]);
  });
});

describe('readStarFragment: declined_repair_order.json', () => {
  it('reads status DECLINED as our cancelled, keeping STAR status and the narrative', () => {
    const result = readStarFragment('repair_order_status', starExample('declined_repair_order'), OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.roNumber).toBe('ROR-2026-0724-08');
    expect(result.value.status).toBe('cancelled');
    expect(result.value.starStatus).toBe('DECLINED');
    expect(result.value.notes).toBe(
      'Labor operation #04-TIRE-MOUNT was explicitly declined by customer due to cost.',
    );
    const kept = result.value.extensions?.star as {
      service_general_notes: { narrative_metrics: unknown[] }[];
    };
    expect(kept.service_general_notes[0]?.narrative_metrics).toHaveLength(2);
  });
});

describe('readStarFragment: odometer.json', () => {
  it('converts 45281.5 miles to 72874 km (× 1.609344 = 72873.510336, half up) read at check-in', () => {
    const result = readStarFragment('odometer', starExample('odometer'), { ...OPTIONS, vin: TEST_VIN });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(1);
    const [reading] = result.value;
    expect(reading?.km).toBe(72874);
    expect(reading?.readAt).toBe('2026-08-04T09:14:58Z'); // the state's time, not the snapshot's
    expect(reading?.source).toBe('ro_in'); // milestone SERVICE_START
    expect(reading?.vin).toBe(TEST_VIN);
    expect(reading?.extensions?.star).toMatchObject({ value: '45281.5', unit: 'MILES' });
  });

  it('needs a VIN: the fragment has none', () => {
    const result = readStarFragment('odometer', starExample('odometer'), OPTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('input.required');
    expect(result.issues[0]?.path).toEqual(['readings', 0, 'vin']);
  });

  it('refuses a reading with no unit unless options.odometerUnit names one', () => {
    const at = '2026-08-04T09:14:58Z';
    const snapshot = {
      vehicle_states: [{ vehicle_resource_type: 'ODOMETER', value: '1000', occurrence_date_time: at }],
    };
    const bare = readStarFragment('odometer', snapshot, { ...OPTIONS, vin: TEST_VIN });
    expect(bare.ok ? [] : bare.issues.map((issue) => issue.code)).toEqual(['star.unmappable']);
    const km = readStarFragment('odometer', snapshot, { ...OPTIONS, vin: TEST_VIN, odometerUnit: 'KM' });
    expect(km.ok && km.value[0]?.km).toBe(1000);
  });
});

describe('readStarFragment: vehicle_identifier.json', () => {
  it('rejects the example VIN by default: its check digit is 0, ISO 3779 gives 4', () => {
    const result = readStarFragment('vehicle_identifier', starExample('vehicle_identifier'), OPTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe('vin.check_digit');
  });

  it("reads it with vinCheckDigit 'never': Ford Mustang 2024, ICE so not an NEV, the rest kept", () => {
    const result = readStarFragment('vehicle_identifier', starExample('vehicle_identifier'), {
      ...OPTIONS,
      vinCheckDigit: 'never',
      currency: 'USD',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      vin: '1FA6P8CF0H5100000',
      brand: 'Ford',
      model: 'Mustang',
      modelYear: 2024,
      isNev: false,
      currency: 'USD',
    });
    expect(Object.keys(result.value.extensions?.star as object)).toEqual([
      'vehicle_identifier_key',
      'vehicle_identifier_id',
      'identity_confidence_score',
      'active_indicator',
      'vehicle_summary',
    ]);
    expect(codes(result.notes)).toContain('star.lenient_value');
  });
});

describe('readStarFragment: repair_effort.json', () => {
  it('reads billed 2.75 h as sold, clocked 2.25 h (= the 10:00–12:15 punch), the split 0.0 + 1.0 + 1.75', () => {
    const result = readStarFragment('repair_effort', starExample('repair_effort'), OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.labor).toEqual({
      soldHours: '2.75',
      clockedHours: '2.25',
      technicianId: 'TTR-ID-2026-01',
    });
    expect(result.value.estimate).toEqual({ laborHours: '3.5', authorizedHours: '4.0' }); // as sent
    expect(result.value.hoursByPayType).toEqual({ CP: '0.0', W: '1.0', I: '1.75' });
    // 0 + 1.0 + 1.75 = 2.75 = billed; 2.75 + 0 = actual total; 3.5 + 0 = estimated total;
    // 2.75 / 2.25 = 1.2222… → 1.22 = efficiency_ratio: nothing disagrees.
    expect(codes(result.notes)).not.toContain('star.total_mismatch');
  });

  it('compares the efficiency ratio as written, rounded half-even like billed ÷ clocked', () => {
    const effort = starExample('repair_effort') as Record<string, unknown>;
    // billed 2.03 ÷ clocked 2 = 1.015 → 1.02 (half-even: 1 is odd). A stated 1.015 rounds the same
    // way; through floats, 1.015 × 100 = 101.4999… would round to 1.01 and report a false mismatch.
    // (The split is left as it was; only the efficiency check is read here.)
    const changed = {
      ...effort,
      actual_billed_hours: { value: '2.03', uom_time_type: 'HOURS' },
      actual_clocked_hours: { value: '2', uom_time_type: 'HOURS' },
      efficiency_ratio: 1.015,
    };
    const result = readStarFragment('repair_effort', changed, OPTIONS);
    const efficiency = result.ok ? result.notes.filter((note) => note.path[0] === 'efficiency_ratio') : [];
    expect(result.ok).toBe(true);
    expect(efficiency).toEqual([]);
    // 1.01 stated against the computed 1.02 is a mismatch.
    const off = readStarFragment('repair_effort', { ...changed, efficiency_ratio: 1.01 }, OPTIONS);
    expect(off.ok && off.notes.filter((note) => note.path[0] === 'efficiency_ratio')).toHaveLength(1);
  });

  it('does not compare the clocked hours with punches the document does not give', () => {
    // technician_time_references is optional: without punches there is no sum to disagree with
    // (a sum of none, 0.00, would report every clocked figure as a mismatch).
    const { technician_time_references: _, ...effort } = starExample('repair_effort') as Record<
      string,
      unknown
    >;
    const result = readStarFragment('repair_effort', effort, OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.labor).toEqual({ soldHours: '2.75', clockedHours: '2.25' });
    expect(codes(result.notes)).not.toContain('star.total_mismatch');
  });

  it('notes a split that does not add up to the billed hours', () => {
    const effort = starExample('repair_effort') as Record<string, unknown>;
    const changed = { ...effort, actual_billed_hours: { value: '3.00', uom_time_type: 'HOURS' } };
    const result = readStarFragment('repair_effort', changed, OPTIONS);
    expect(result.ok && codes(result.notes).filter((c) => c === 'star.total_mismatch')).toHaveLength(3);
  });
});

describe('readStarFragment: repair_financial_summary.json', () => {
  it('reads JSON-number amounts at 2 places; 250 + 180 + 0 + 25 + 31.85 = 486.85 and 150 + 0 + 0 + 10 + 11.20 = 171.20 agree', () => {
    const result = readStarFragment('financial_summary', starExample('repair_financial_summary'), OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.estimate).toEqual({
      laborAmount: '250.00',
      partsAmount: '180.00',
      subletAmount: '0.00',
      miscAmount: '25.00',
      taxAmount: '31.85',
      totalAmount: '486.85',
      authorizedAmount: '500.00',
    });
    expect(result.value.charges).toEqual([
      { id: 'star-misc', kind: 'misc', amount: '10.00', payType: 'CP' },
      { id: 'star-tax', kind: 'tax', amount: '11.20', payType: 'CP' },
    ]);
    expect(result.value.stated).toMatchObject({ actual_grand_total_amount: '171.20', paid_amount: '171.20' });
    expect(codes(result.notes)).not.toContain('star.total_mismatch');
    // 15 amounts sent as JSON numbers, and 2 lists sent as {}: 17 lenient reads.
    expect(codes(result.notes).filter((c) => c === 'star.lenient_value')).toHaveLength(17);
    const lenientZh = result.notes.filter((n) => n.code === 'star.lenient_value').map((n) => n.message.zh);
    expect(lenientZh.filter((zh) => zh.includes('（数组） 列表中；按 [] 读取'))).toHaveLength(2);
    expect(lenientZh.filter((zh) => zh.includes('GeneralAmount.amount（十进制数字字符串）'))).toHaveLength(
      15,
    );
  });

  it('notes a grand total that is not the sum of its parts, trusting neither', () => {
    const summary = starExample('repair_financial_summary') as Record<string, unknown>;
    const changed = { ...summary, actual_grand_total_amount: { amount: '180.00', currency_code: 'USD' } };
    const result = readStarFragment('financial_summary', changed, OPTIONS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const mismatches = result.notes.filter((note) => note.code === 'star.total_mismatch');
    // 180.00 ≠ 150 + 0 + 0 + 10 + 11.20 = 171.20, and ≠ paid 171.20 + outstanding 0.
    expect(mismatches.map((note) => note.params?.computed)).toEqual(['171.20', '171.20']);
    expect(result.value.stated.actual_grand_total_amount).toBe('180.00');
  });
});

describe('readStarFragment: repair_order_line_items.json', () => {
  it('reads one job, partially approved (one operation declined, one approved), with the narrative as notes', () => {
    const result = readStarFragment('line_items', starExample('repair_order_line_items'), {
      ...OPTIONS,
      currency: 'USD',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [job] = result.value.jobs;
    expect(job?.id).toBe('LI-001');
    expect(job?.concern).toBe('Driver Rear Tire Replacement & Inspection'); // job_title
    expect(job?.authorization).toBe('partially_approved');
    expect(job?.laborLines.map((l) => [l.id, l.authorization])).toEqual([
      ['LOP-101', 'declined'],
      ['LOP-102', 'approved'], // 'APPROVED' is not a LaborOperationStatusType: read leniently
    ]);
    expect(result.value.notes).toMatch(/^Customer approved safety inspection/);
    expect(job?.laborLines[0]?.extensions?.star).toHaveProperty('narrative_reference');
  });
});

describe('readStarFragment', () => {
  it('refuses an unknown kind with input.invalid_value at kind', () => {
    const result = readStarFragment('parts' as never, {}, OPTIONS);
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: 'input.invalid_value',
      path: ['kind'],
    });
  });

  it('refuses options without a time zone', () => {
    const result = readStarFragment('labor_operation', {}, {} as never);
    expect(result.ok ? undefined : result.issues[0]).toMatchObject({
      code: 'input.required',
      path: ['options', 'timeZone'],
    });
  });
});
