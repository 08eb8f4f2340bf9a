import { createAftersales, VehicleSchema } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../jurisdiction';
import { jurisdictionsFrom, parseJurisdiction } from '../parseJurisdiction';
import { cnSanbaoPlugin } from './plugin';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021 } from './sanbao2021';
import { selectSanbaoJurisdiction } from './selectSanbaoJurisdiction';
import { at, repair, VIN, vehicle, ZONE } from './testing';

describe('cnSanbaoPlugin', () => {
  it('contributes both packs under one plugin id', () => {
    expect(cnSanbaoPlugin).toMatchObject({ id: 'aftersales.cn-sanbao', version: '1.0.0' });
    expect(cnSanbaoPlugin.jurisdictions?.map((j) => j.id)).toEqual(['cn-sanbao-2021', 'cn-sanbao-2013']);
  });

  it('registers packs that still evaluate once copied and frozen by the registry', () => {
    const aftersales = createAftersales({ plugins: [cnSanbaoPlugin], timeZone: ZONE });
    const pack = aftersales.get('jurisdictions', 'cn-sanbao-2021') as unknown as Jurisdiction;
    expect(Object.isFrozen(pack)).toBe(true);
    const input = { vehicle: vehicle('2024-03-01'), repairs: [repair('RO-1', at('2024-06-01'))] };
    expect(pack.evaluateRights(input as never, { timeZone: ZONE }).outcome).toBe('repair');
    expect(aftersales.ownerOf('jurisdictions', 'cn-sanbao-2013')?.id).toBe('aftersales.cn-sanbao');
    expect(jurisdictionsFrom(aftersales).map((j) => j.id)).toEqual(['cn-sanbao-2021', 'cn-sanbao-2013']);
    expect(parseJurisdiction(cnSanbao2021)).toBe(cnSanbao2021);
    expect(input.vehicle.vin).toBe(VIN);
  });

  it('describes the repair floor: 3 years / 60,000 km, household only, with the exempt causes', () => {
    expect(cnSanbao2021.repairFloor).toMatchObject({
      period: { months: 36, km: 60_000 },
      start: 'invoice_or_delivery',
      householdOnly: true,
      cites: { period: 'regulation:cn-sanbao-2021#18', exemptions: 'regulation:cn-sanbao-2021#32' },
    });
    expect(cnSanbao2021.repairFloor?.exemptCauses).toEqual(
      expect.arrayContaining([
        'misuse',
        'modification',
        'mishandling',
        'force_majeure',
        'disclosed_defect',
        'wear',
        'accident',
        'external',
      ]),
    );
    expect(cnSanbao2021.repairFloor?.exemptCauses).not.toContain('quality');
    expect(Object.isFrozen(cnSanbao2021.parameters.severeFailures)).toBe(true);
    expect(cnSanbao2013).toMatchObject({
      start: 'invoice',
      governs: { from: '2013-10-01', until: '2021-12-31' },
    });
  });
});

describe('selectSanbaoJurisdiction', () => {
  const on = (invoiceDate: string, more = {}) => VehicleSchema.parse(vehicle(invoiceDate, more));

  it('picks 2013 for a start on 2021-12-31 and 2021 for 2022-01-01', () => {
    expect(selectSanbaoJurisdiction(on('2021-12-31'))?.id).toBe('cn-sanbao-2013');
    expect(selectSanbaoJurisdiction(on('2022-01-01'))?.id).toBe('cn-sanbao-2021');
  });

  it('uses the delivery date where it differs, and finds none before 2013-10-01', () => {
    expect(selectSanbaoJurisdiction(on('2021-12-28', { deliveryDate: '2022-01-03' }))?.id).toBe(
      'cn-sanbao-2021',
    );
    expect(selectSanbaoJurisdiction(on('2021-12-31', { deliveryDate: '2022-01-02' }))?.id).toBe(
      'cn-sanbao-2021',
    );
    expect(selectSanbaoJurisdiction(on('2013-09-30'))).toBeUndefined();
    expect(selectSanbaoJurisdiction(on('2013-09-30', { deliveryDate: '2013-10-02' }))).toBeUndefined();
  });
});
