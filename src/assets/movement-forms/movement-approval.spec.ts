import { approvalStepsFor } from './movement-approval';

const TIERS = [
  { fromCost: 0, steps: ['property_officer' as const] },
  { fromCost: 100000, steps: ['agency_admin' as const, 'property_officer' as const] },
  { fromCost: 1000000, steps: ['agency_admin' as const, 'property_officer' as const, 'admin' as const] },
];

describe('approvalStepsFor', () => {
  it.each([
    [0, ['property_officer']],
    [99999, ['property_officer']],
    [100000, ['agency_admin', 'property_officer']],
    [999999, ['agency_admin', 'property_officer']],
    [1000000, ['agency_admin', 'property_officer', 'admin']],
  ])('gives an asset of NT$%i the steps %j', (cost, steps) => {
    expect(approvalStepsFor(TIERS, cost)).toEqual(steps);
  });

  it('returns a copy, so a form cannot change the configuration', () => {
    approvalStepsFor(TIERS, 0).push('admin');
    expect(TIERS[0].steps).toEqual(['property_officer']);
  });
});
