import { assertValidClassification, isAlwaysProperty, splitPropertyNumber } from './property-classification';

const entry = (overrides: Record<string, unknown>) => ({
  code: '3140101-03',
  name: '個人電腦',
  unit: '部',
  minimumServiceLife: 4,
  checked: true,
  ...overrides,
});
const file = (...entries: unknown[]) => ({ edition: 'test', source: 'test', entries });

describe('property numbers', () => {
  it('accepts codes with a material letter and 5- or 6-digit serials', () => {
    expect(splitPropertyNumber('3140101-03-40745')).toEqual({ categoryCode: '3140101-03', serial: 40745 });
    expect(splitPropertyNumber('3120301-22A-000012')).toEqual({ categoryCode: '3120301-22A', serial: 12 });
    expect(splitPropertyNumber('4010103-01C-00007')).toEqual({ categoryCode: '4010103-01C', serial: 7 });
  });

  it('refuses other shapes', () => {
    for (const bad of ['3140101-03-4074', '3140101-03-0407451', '3140101-3-040745', '3140101-03a-040745']) {
      expect(splitPropertyNumber(bad)).toBeNull();
    }
  });

  it('knows land and buildings by their class', () => {
    expect(isAlwaysProperty('1010101-01')).toBe(true);
    expect(isAlwaysProperty('2010101-01A')).toBe(true);
    expect(isAlwaysProperty('3140101-03')).toBe(false);
  });
});

describe('assertValidClassification', () => {
  it('accepts whole years, 自訂, and no life for land', () => {
    expect(() =>
      assertValidClassification(
        file(
          entry({}),
          entry({ code: '3120301-22A', minimumServiceLife: '自訂' }),
          entry({ code: '1010101-01', minimumServiceLife: null }),
        ),
      ),
    ).not.toThrow();
  });

  it('names the bad entry', () => {
    expect(() => assertValidClassification(file(entry({}), entry({ code: '31401' })))).toThrow(
      /entries\[1\].*3140101-03/,
    );
    expect(() => assertValidClassification(file(entry({ minimumServiceLife: null })))).toThrow(/null for land/);
    expect(() => assertValidClassification(file(entry({ minimumServiceLife: 2.5 })))).toThrow(/whole years/);
    expect(() => assertValidClassification(file(entry({}), entry({})))).toThrow(/appears twice/);
  });
});
