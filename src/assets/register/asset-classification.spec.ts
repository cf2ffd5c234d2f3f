import { classifyAsset, PROPERTY_MIN_COST, PROPERTY_MIN_SERVICE_LIFE_YEARS } from './asset-classification';

describe('classifyAsset', () => {
  it('calls property what costs at least NT$10,000 and lasts at least two years', () => {
    expect(classifyAsset(PROPERTY_MIN_COST, PROPERTY_MIN_SERVICE_LIFE_YEARS)).toBe('property');
    expect(classifyAsset(35_000, 5)).toBe('property');
  });

  it('calls item what is cheaper than the threshold, however long it lasts', () => {
    expect(classifyAsset(PROPERTY_MIN_COST - 1, 10)).toBe('item');
    expect(classifyAsset(0, 10)).toBe('item');
  });

  it('calls item what is expensive but lasts less than two years', () => {
    expect(classifyAsset(50_000, PROPERTY_MIN_SERVICE_LIFE_YEARS - 1)).toBe('item');
    expect(classifyAsset(50_000, 0)).toBe('item');
  });
});
