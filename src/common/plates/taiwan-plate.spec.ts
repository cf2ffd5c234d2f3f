import { PLATE_FORMATS, VEHICLE_TYPES } from './plate-formats';
import { checkPlate, normalisePlate, plateOfSeries, readPlate } from './taiwan-plate';

describe('the plate formats table', () => {
  it.each(PLATE_FORMATS.map((format) => [format.name, format] as const))(
    '%s accepts its own example for each of its vehicle types',
    (_name, format) => {
      for (const vehicleType of format.vehicleTypes)
        expect(checkPlate(format.example, vehicleType)).toEqual({ ok: true, plate: format.example });
    },
  );
});

describe('checkPlate', () => {
  it.each([
    // [DGH-2012] 3 letters + 4 digits for cars and motorcycles alike.
    ['ABC-1235', 'car', 'ABC-1235'],
    ['MAN-1111', 'motorcycle', 'MAN-1111'],
    ['EMA-1235', 'motorcycle', 'EMA-1235'],
    ['RAB-5678', 'car', 'RAB-5678'],
    // [OLD-SCHEMES] large vehicles and trailers.
    ['KAQ-230', 'large', 'KAQ-230'],
    ['XA-032', 'trailer', 'XA-032'],
    // [OLD-SCHEMES] older cars with letter, mixed and reversed codes.
    ['AB-1234', 'car', 'AB-1234'],
    ['F2-2233', 'car', 'F2-2233'],
    ['2F-2233', 'car', '2F-2233'],
    ['1234-AB', 'car', '1234-AB'],
    // [OLD-SCHEMES] commercial vehicles, small and large.
    ['FA-233', 'car', 'FA-233'],
    ['233-FA', 'car', '233-FA'],
    ['FA-233', 'large', 'FA-233'],
    // [OLD-SCHEMES] older trailers.
    ['FA-23', 'trailer', 'FA-23'],
    ['23-FA', 'trailer', '23-FA'],
    // [OLD-SCHEMES] older motorcycles, letter, mixed and reversed codes.
    ['FAA-233', 'motorcycle', 'FAA-233'],
    ['FA2-233', 'motorcycle', 'FA2-233'],
    ['123-ABC', 'motorcycle', '123-ABC'],
    // Old plates stay valid: I, O and 4 are fine outside the 2012 scheme.
    ['IO-4444', 'car', 'IO-4444'],
  ] as const)('accepts %p as a %s plate', (input, vehicleType, expected) => {
    expect(checkPlate(input, vehicleType)).toEqual({ ok: true, plate: expected });
  });

  it.each([
    ['abc-1235', 'car', 'ABC-1235'],
    ['ABC1235', 'car', 'ABC-1235'],
    [' abc 1235 ', 'car', 'ABC-1235'],
    ['ＡＢＣ－１２３５', 'car', 'ABC-1235'],
    ['man1111', 'motorcycle', 'MAN-1111'],
    ['AB–1234', 'car', 'AB-1234'],
    ['1234ab', 'car', '1234-AB'],
    ['123abc', 'motorcycle', '123-ABC'],
    ['kaq230', 'large', 'KAQ-230'],
    ['fa2 233', 'motorcycle', 'FA2-233'],
  ] as const)('reads %p as the %s plate %p', (input, vehicleType, expected) => {
    expect(checkPlate(input, vehicleType)).toEqual({ ok: true, plate: expected });
  });

  it.each([
    // [DGH-2012] the 2012 scheme never issues I, O nor 4.
    ['ABC-1234', 'car', 'plate.form'],
    ['ABC-1234', 'motorcycle', 'plate.form'],
    ['AIC-1235', 'car', 'plate.form'],
    ['AOC-1235', 'motorcycle', 'plate.form'],
    ['', 'car', 'plate.empty'],
    ['   ', 'car', 'plate.empty'],
    ['AB-12-34', 'car', 'plate.form'],
    ['A-BC1235', 'car', 'plate.form'],
    ['AB1C-235', 'car', 'plate.form'],
    ['ABC-12#5', 'car', 'plate.form'],
    ['ABCD-1235', 'car', 'plate.form'],
    ['ABC-12355', 'car', 'plate.form'],
    ['車牌-1235', 'car', 'plate.form'],
    ['1235', 'car', 'plate.form'],
    ['ABC-123', 'car', 'plate.vehicle_type'],
    ['KAQ-230', 'car', 'plate.vehicle_type'],
    ['XA-032', 'motorcycle', 'plate.vehicle_type'],
    ['AB-1234', 'motorcycle', 'plate.vehicle_type'],
    ['FA-23', 'car', 'plate.vehicle_type'],
    ['MAN-1111', 'trailer', 'plate.vehicle_type'],
  ] as const)('refuses %p as a %s plate (%s)', (input, vehicleType, code) => {
    const result = checkPlate(input, vehicleType);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe(code);
  });

  it('never turns FA2233 into a different plate: it asks for the dash', () => {
    for (const vehicleType of VEHICLE_TYPES) {
      const result = checkPlate('FA2233', vehicleType);
      expect(result).toMatchObject({
        ok: false,
        problem: { code: 'plate.ambiguous', readings: ['FA-2233', 'FA2-233'] },
      });
    }
    expect(normalisePlate('FA2233')).toBeNull();
    expect(checkPlate('FA-2233', 'car')).toEqual({ ok: true, plate: 'FA-2233' });
    expect(checkPlate('FA2-233', 'motorcycle')).toEqual({ ok: true, plate: 'FA2-233' });
  });
});

describe('readPlate', () => {
  it('says why in words', () => {
    expect(readPlate('FA2233')).toMatchObject({ reason: '"FA2233" can be FA-2233 or FA2-233: type it with its dash' });
  });

  it('keeps every example in its stored form', () => {
    for (const format of PLATE_FORMATS) expect(normalisePlate(format.example)).toBe(format.example);
  });
});

describe('plateOfSeries', () => {
  it('numbers a series without the digit 4, every plate issuable and distinct', () => {
    const plates = Array.from({ length: 500 }, (_, serial) => plateOfSeries('MAN', serial));
    expect(plates.slice(0, 6)).toEqual(['MAN-0000', 'MAN-0001', 'MAN-0002', 'MAN-0003', 'MAN-0005', 'MAN-0006']);
    expect(new Set(plates).size).toBe(plates.length);
    for (const plate of plates) expect(checkPlate(plate, 'car')).toEqual({ ok: true, plate });
  });
});
