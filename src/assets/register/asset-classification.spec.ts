import { classifyAsset, PROPERTY_MIN_COST, PROPERTY_MIN_SERVICE_LIFE_YEARS } from './asset-classification';

const PROPERTY = { kind: 'property', itemClass: null };
const NON_CONSUMABLE = { kind: 'item', itemClass: 'non_consumable' };
const CONSUMABLE = { kind: 'item', itemClass: 'consumable' };

describe('classifyAsset', () => {
  it('calls property equipment that costs at least NT$10,000 and lasts at least two years', () => {
    expect(classifyAsset('3140101-03', PROPERTY_MIN_COST, PROPERTY_MIN_SERVICE_LIFE_YEARS)).toEqual(PROPERTY);
    expect(classifyAsset('5010102-09', 35_000, 5)).toEqual(PROPERTY);
  });

  it('calls land and buildings property whatever they cost or last', () => {
    expect(classifyAsset('1010101-01', 0, 0)).toEqual(PROPERTY);
    expect(classifyAsset('2010101-01A', 5_000, 1)).toEqual(PROPERTY);
  });

  it('calls cheaper durable equipment a non-consumable item (非消耗品)', () => {
    expect(classifyAsset('5010103-02', PROPERTY_MIN_COST - 1, 10)).toEqual(NON_CONSUMABLE);
    expect(classifyAsset('3140302-01', 0, PROPERTY_MIN_SERVICE_LIFE_YEARS)).toEqual(NON_CONSUMABLE);
  });

  it('calls anything lasting less than two years a consumable (消耗用品), however much it cost', () => {
    expect(classifyAsset('3140101-03', 50_000, PROPERTY_MIN_SERVICE_LIFE_YEARS - 1)).toEqual(CONSUMABLE);
    expect(classifyAsset('3140101-03', 500, 0)).toEqual(CONSUMABLE);
  });
});
