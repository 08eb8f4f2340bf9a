import { VehicleSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { isVin } from '../fastChecks';
import { fastVehicle } from './fastVehicle';
import { audit, claim, VIN, vehicle, vinOf } from './testing';

/** The rejections of the history's vehicles when `rows` are its vehicles (after the claim's own). */
const rejectionsOf = (rows: unknown[]) =>
  audit([claim()], { vehicles: [vehicle(), ...rows] }).historyRejections;

describe('fastVehicle', () => {
  it('takes a vehicle with every optional field as it is, as the schema reads it', () => {
    const row = vehicle({
      vin: vinOf(99),
      licensePlate: '沪A·D12345',
      isNev: true,
      nevKind: 'BEV',
      use: 'commercial',
      saleDate: '2024-02-28',
      sellingDealerId: 'DLR-SH-001',
      purchasePrice: '189900.00',
      currency: 'CNY',
      ownerCustomerId: 'CUS-2',
      previousOwners: [{ customerId: 'CUS-1', from: '2024-03-01', until: '2024-06-30' }],
    });
    expect(fastVehicle(row, isVin)).toBe(row);
    expect(VehicleSchema.parse(row)).toEqual(row);
  });

  it('takes a vehicle with only its VIN, brand, model and model year', () => {
    const row = { vin: VIN, brand: 'Huaxia', model: 'HX5', modelYear: 2024 };
    expect(fastVehicle(row, isVin)).toBe(row);
    expect(VehicleSchema.parse(row)).toEqual({ ...row, isNev: false, currency: 'CNY', previousOwners: [] });
  });

  it('leaves to the schema a vehicle with a key it does not know, which it rejects naming the key', () => {
    const row = vehicle({ vin: vinOf(99), colour: 'white' });
    expect(fastVehicle(row, isVin)).toBeUndefined();
    expect(rejectionsOf([row])).toEqual([
      {
        input: 'vehicles',
        row: 1,
        issues: [
          expect.objectContaining({
            code: 'input.unrecognized_keys',
            path: [1],
            params: { keys: ['colour'] },
          }),
        ],
      },
    ]);
  });

  it('rejects a vehicle row that is null, saying an object is expected', () => {
    expect(rejectionsOf([null])).toEqual([
      {
        input: 'vehicles',
        row: 1,
        issues: [
          expect.objectContaining({
            code: 'input.invalid_type',
            path: [1],
            params: { expected: 'object', received: 'null' },
          }),
        ],
      },
    ]);
  });
});
