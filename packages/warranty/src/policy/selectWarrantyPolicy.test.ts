import { describe, expect, it } from 'vitest';
import { huaxiaPolicy2022, huaxiaPolicy2024 } from './examplePolicy';
import { selectWarrantyPolicy, soldOn } from './selectWarrantyPolicy';
import { acmePolicy } from './testing';

const huaxia = [huaxiaPolicy2022, huaxiaPolicy2024];
const hx5 = { brand: 'Huaxia', model: 'HX5' };

describe('selectWarrantyPolicy', () => {
  it('picks the version in force on the sale date: 2023-12-31 is the last day of huaxia-2022, 2024-01-01 the first of huaxia-2024', () => {
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2023-12-31' })?.id).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2024-01-01' })?.id).toBe('huaxia-2024');
    // The first day of huaxia-2022 (soldFrom inclusive) vs the day before, when no version was in force.
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2022-01-01' })?.id).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, saleDate: '2021-12-31' })).toBeUndefined();
  });

  it('reads the sale date, else the invoice date, else the delivery date', () => {
    // Each pair straddles 2024-01-01, so which date was read shows in the version chosen.
    const dates = { saleDate: '2023-12-31', invoiceDate: '2024-01-02', deliveryDate: '2024-01-05' };
    expect(selectWarrantyPolicy(huaxia, { ...hx5, ...dates })?.id).toBe('huaxia-2022');
    expect(
      selectWarrantyPolicy(huaxia, { ...hx5, invoiceDate: '2023-12-31', deliveryDate: '2024-01-05' })?.id,
    ).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, deliveryDate: '2023-12-31' })?.id).toBe('huaxia-2022');
    expect(selectWarrantyPolicy(huaxia, { ...hx5, deliveryDate: '2024-01-01' })?.id).toBe('huaxia-2024');
    expect(soldOn({ ...hx5, invoiceDate: '2024-01-02', deliveryDate: '2024-01-05' })).toBe('2024-01-02');
    expect(soldOn({ ...hx5, deliveryDate: '2024-01-05' })).toBe('2024-01-05');
  });

  it('returns undefined for a vehicle with no date at all', () => {
    expect(selectWarrantyPolicy(huaxia, hx5)).toBeUndefined();
    expect(soldOn(hx5)).toBeUndefined();
  });

  it('prefers a policy naming the model over a brand-wide one, whatever the order or soldFrom', () => {
    const brandWide = acmePolicy({ id: 'acme-all', brands: ['Acme'], soldFrom: '2024-01-01' });
    const a5Only = acmePolicy({ id: 'acme-a5', brands: ['Acme'], models: ['A5'], soldFrom: '2023-01-01' });
    const a5 = { brand: 'Acme', model: 'A5', saleDate: '2024-06-01' };
    expect(selectWarrantyPolicy([brandWide, a5Only], a5)?.id).toBe('acme-a5');
    expect(selectWarrantyPolicy([a5Only, brandWide], a5)?.id).toBe('acme-a5');
    // Another model of the brand gets the brand-wide policy.
    expect(selectWarrantyPolicy([a5Only, brandWide], { ...a5, model: 'A7' })?.id).toBe('acme-all');
  });

  it('of two policies alike, takes the latest soldFrom, then the first given', () => {
    const older = acmePolicy({ id: 'acme-2020', brands: ['Acme'], soldFrom: '2020-01-01' });
    const newer = acmePolicy({ id: 'acme-2024', brands: ['Acme'], soldFrom: '2024-01-01' });
    const twin = acmePolicy({ id: 'acme-2024-b', brands: ['Acme'], soldFrom: '2024-01-01' });
    const car = { brand: 'Acme', model: 'A5', saleDate: '2024-06-01' };
    expect(selectWarrantyPolicy([older, newer], car)?.id).toBe('acme-2024');
    expect(selectWarrantyPolicy([newer, older], car)?.id).toBe('acme-2024');
    expect(selectWarrantyPolicy([twin, newer], car)?.id).toBe('acme-2024-b');
  });

  it('finds no policy for a brand it does not cover; a policy without brands covers every brand', () => {
    expect(
      selectWarrantyPolicy(huaxia, { brand: 'Acme', model: 'HX5', saleDate: '2024-06-01' }),
    ).toBeUndefined();
    // Brands are compared as written: 'huaxia' is not 'Huaxia'.
    expect(
      selectWarrantyPolicy(huaxia, { brand: 'huaxia', model: 'HX5', saleDate: '2024-06-01' }),
    ).toBeUndefined();
    const anyBrand = acmePolicy();
    expect(selectWarrantyPolicy([anyBrand], { brand: 'Zeta', model: 'Z1', saleDate: '2024-06-01' })?.id).toBe(
      'acme-test',
    );
  });
});
