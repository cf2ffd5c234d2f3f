import { checkPlate } from './taiwan-plate';

describe('checkPlate', () => {
  it.each([
    ['ABC-1234', 'car', 'ABC-1234'],
    ['abc-1234', 'car', 'ABC-1234'],
    ['ABC1234', 'car', 'ABC-1234'],
    [' abc 1234 ', 'car', 'ABC-1234'],
    ['ＡＢＣ－１２３４', 'car', 'ABC-1234'],
    ['AB–1234', 'car', 'AB-1234'],
    ['1234-ab', 'car', '1234-AB'],
    ['ABC-123', 'motorcycle', 'ABC-123'],
    ['123abc', 'motorcycle', '123-ABC'],
  ] as const)('accepts %p as a %s and stores %p', (input, vehicleType, expected) => {
    expect(checkPlate(input, vehicleType)).toEqual({ ok: true, plate: expected });
  });

  it.each([
    ['', 'car', /empty/],
    ['   ', 'car', /empty/],
    ['AB-12-34', 'car', /more than one dash/],
    ['A-BC1234', 'car', /dash inside a group/],
    ['AB1C-234', 'car', /one group of letters and one group of digits/],
    ['ABC-12#4', 'car', /one group of letters/],
    ['ABCD-1234', 'car', /not a car plate/],
    ['ABC-12345', 'car', /not a car plate/],
    ['A-1234', 'car', /not a car plate/],
    ['ABC-123', 'car', /not a car plate/],
    ['ABC-1234', 'motorcycle', /not a motorcycle plate/],
    ['12-AB', 'motorcycle', /not a motorcycle plate/],
  ] as const)('refuses %p as a %s', (input, vehicleType, reason) => {
    const result = checkPlate(input, vehicleType);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
