import { normalisePlate } from '../../common/plates/taiwan-plate';
import { isValidPlate, PLATE_EXAMPLES } from './plate';

describe('Taiwan plate rule', () => {
  it.each(PLATE_EXAMPLES)('keeps the stored form %s as it is', (plate) => {
    expect(normalisePlate(plate)).toBe(plate);
  });

  it.each([
    ['abc-1234', 'ABC-1234'],
    [' ab 1234 ', 'AB-1234'],
    ['1234ab', '1234-AB'],
    ['ＡＢＣ－１２３', 'ABC-123'],
    ['abc–1234', 'ABC-1234'],
    ['123abc', '123-ABC'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normalisePlate(input)).toBe(expected);
  });

  it.each([
    '',
    'ABCD-1234',
    'AB--1234',
    'AB-12-34',
    'A-1234',
    'ABC-12345',
    '12-AB',
    'AB1-234',
    'ABC_1234',
    '車牌-1234',
    '1234',
  ])('rejects %j', (input) => {
    expect(normalisePlate(input)).toBeNull();
    expect(isValidPlate(input)).toBe(false);
  });
});
