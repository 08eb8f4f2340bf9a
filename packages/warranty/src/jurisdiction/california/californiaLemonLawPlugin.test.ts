import { createAftersales, definePlugin } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { VehicleCaseSchema } from '../../rights/vehicleCase';
import type { Jurisdiction } from '../jurisdiction';
import { createCaliforniaLemonLaw } from './californiaLemonLaw';
import { californiaLemonLawPlugin } from './californiaLemonLawPlugin';
import { LA, repairsOn, vehicle } from './testing';

// Four repairs of one nonconformity with notice, inside the window: paragraph (2) is met.
const fourRepairs = VehicleCaseSchema.parse({
  vehicle: vehicle(),
  repairs: repairsOn(['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10']),
});

describe('californiaLemonLawPlugin', () => {
  it('is a plugin whose only contribution is the jurisdiction', () => {
    expect(californiaLemonLawPlugin).toMatchObject({ id: 'aftersales.us-ca-lemon-law', version: '1.0.0' });
    expect(californiaLemonLawPlugin.jurisdictions?.map((item) => item.id)).toEqual(['us-ca-lemon-law']);
  });

  it('is found in the registry and evaluated from there', () => {
    const registry = createAftersales({ plugins: [californiaLemonLawPlugin], timeZone: LA });
    const listed = registry.list('jurisdictions');
    expect(listed.map((item) => item.id)).toEqual(['us-ca-lemon-law']);
    expect(registry.ownerOf('jurisdictions', 'us-ca-lemon-law')).toEqual({
      id: 'aftersales.us-ca-lemon-law',
      version: '1.0.0',
    });
    // The warranty package reads a contribution of this kind as a Jurisdiction.
    const pack = listed[0] as unknown as Jurisdiction;
    expect(pack).toMatchObject({ market: 'US-CA', start: 'delivery', governs: { from: '2001-01-01' } });
    expect(pack.evaluateRights(fourRepairs, { timeZone: registry.timeZone }).outcome).toBe(
      'presumed_nonconforming',
    );
  });

  it('lets a third party ship its own variant, but never two packs with one id', () => {
    const variant = definePlugin({
      id: '@acme/ca-no-notice',
      version: '2.1.0',
      jurisdictions: [{ ...createCaliforniaLemonLaw({ noticeRequired: false }) }],
    });
    const registry = createAftersales({ plugins: [variant], timeZone: LA });
    expect(registry.ownerOf('jurisdictions', 'us-ca-lemon-law')?.id).toBe('@acme/ca-no-notice');
    expect(() =>
      createAftersales({ plugins: [californiaLemonLawPlugin, variant], timeZone: LA }),
    ).toThrowError(expect.objectContaining({ code: 'plugin.duplicate_contribution' }));
  });
});
