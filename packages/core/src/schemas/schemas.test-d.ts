import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../errors/Result';
import type { JsonObject } from '../json/JsonValue';
import type { Dealer } from './dealer';
import { exampleRecords } from './examples';
import { safeParseRecord } from './parse';
import type { Part, PartInput } from './part';
import type { PayType, PayTypeDetail } from './payType';
import { isRecordKind, type RecordInputOf, type RecordKind, type RecordOf, recordSchemas } from './records';
import { type RepairOrder, type RepairOrderInput, RepairOrderSchema } from './repairOrder';
import type { JobAuthorization, RepairOrderStatus } from './repairOrderCodes';
import type { StockMovement } from './stockMovement';
import type { Vehicle, VehicleInput } from './vehicle';
import type { WarrantyClaim } from './warrantyClaim';

type Job = RepairOrder['jobs'][number];
type LaborLine = Job['laborLines'][number];
type PartLine = Job['partLines'][number];

describe('record types', () => {
  it('types hours, quantities and amounts as decimal strings on output', () => {
    expectTypeOf<LaborLine['soldHours']>().toEqualTypeOf<string>();
    expectTypeOf<LaborLine['clockedHours']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<PartLine['quantity']>().toEqualTypeOf<string>();
    expectTypeOf<StockMovement['quantity']>().toEqualTypeOf<string>();
    expectTypeOf<WarrantyClaim['amounts']['total']>().toEqualTypeOf<string>();
  });

  it('accepts JSON numbers for decimals on input', () => {
    expectTypeOf<undefined>().toExtend<RepairOrderInput['jobs']>();
    type LaborLineIn = NonNullable<NonNullable<RepairOrderInput['jobs']>[number]['laborLines']>[number];
    expectTypeOf<LaborLineIn['soldHours']>().toEqualTypeOf<string | number>();
    expectTypeOf<PartInput['price']>().toEqualTypeOf<string | number>();
  });

  it('makes defaulted fields required on output and optional on input', () => {
    expectTypeOf<Vehicle['isNev']>().toEqualTypeOf<boolean>();
    expectTypeOf<VehicleInput['isNev']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Job['laborLines']>().toBeArray();
    expectTypeOf<RepairOrder['currency']>().toEqualTypeOf<string>();
    expectTypeOf<Dealer['laborRates']['CP']>().toEqualTypeOf<string | undefined>();
  });

  it('narrows code lists to their literals', () => {
    expectTypeOf<PayType>().toEqualTypeOf<'CP' | 'W' | 'I' | 'INS'>();
    expectTypeOf<LaborLine['payType']>().toEqualTypeOf<PayType>();
    expectTypeOf<LaborLine['payTypeDetail']>().toEqualTypeOf<PayTypeDetail | undefined>();
    expectTypeOf<Job['authorization']>().toEqualTypeOf<JobAuthorization>();
    expectTypeOf<RepairOrder['status']>().toEqualTypeOf<RepairOrderStatus>();
    expectTypeOf<RepairOrder['starStage']>()
      .extract<'QUALITY_ASSURANCE'>()
      .toEqualTypeOf<'QUALITY_ASSURANCE'>();
  });

  it('types extensions as JSON', () => {
    expectTypeOf<{ a: [1, { b: null }] }>().toExtend<NonNullable<RepairOrder['extensions']>>();
    expectTypeOf<{ a: () => void }>().not.toExtend<NonNullable<RepairOrder['extensions']>>();
    expectTypeOf<NonNullable<RepairOrder['extensions']>>().toExtend<JsonObject>();
  });
});

describe('recordSchemas', () => {
  it('maps each kind to its record type', () => {
    expectTypeOf<RecordOf<'part'>>().toEqualTypeOf<Part>();
    expectTypeOf<RecordOf<'repairOrder'>>().toEqualTypeOf<RepairOrder>();
    expectTypeOf<RecordInputOf<'part'>>().toEqualTypeOf<PartInput>();
    expectTypeOf<RecordKind>().toExtend<string>();
    expectTypeOf<'repairOrder'>().toExtend<RecordKind>();
    expectTypeOf<'repairOrders'>().not.toExtend<RecordKind>();
  });

  it('types safeParseRecord by the schema given, also when chosen by name', () => {
    expectTypeOf(safeParseRecord(RepairOrderSchema, {})).toEqualTypeOf<Result<RepairOrder>>();
    expectTypeOf(safeParseRecord(recordSchemas.vehicle, {})).toEqualTypeOf<Result<Vehicle>>();
    const kind: unknown = 'part';
    if (isRecordKind(kind)) expectTypeOf(kind).toEqualTypeOf<RecordKind>();
  });

  it('types the examples as valid inputs of their kind', () => {
    expectTypeOf(exampleRecords.repairOrder).toExtend<RepairOrderInput>();
    expectTypeOf(exampleRecords.part).toExtend<PartInput>();
  });
});
