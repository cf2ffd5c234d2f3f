import { readParkingSettings } from './parking-settings';

describe('readParkingSettings', () => {
  it('uses the defaults when nothing is set', () => {
    expect(readParkingSettings({})).toEqual({ maxPermitDays: 7, maxDaysAhead: 90, retentionDays: 180, verifyPerMinute: 60, publicBaseUrl: null });
  });

  it('takes the environment, trimming a trailing slash of the base URL', () => {
    expect(readParkingSettings({ PARKING_MAX_PERMIT_DAYS: '3', PARKING_PUBLIC_BASE_URL: 'https://ga.example.gov.tw/' })).toMatchObject({
      maxPermitDays: 3,
      publicBaseUrl: 'https://ga.example.gov.tw',
    });
  });

  it.each([
    [{ PARKING_MAX_PERMIT_DAYS: '0' }, /PARKING_MAX_PERMIT_DAYS \(parking.maxPermitDays\) must be an integer from 1 to 366 \(got 0\)/],
    [{ PARKING_RETENTION_DAYS: 'half a year' }, /PARKING_RETENTION_DAYS/],
    [{ PARKING_PUBLIC_BASE_URL: 'ftp://x' }, /PARKING_PUBLIC_BASE_URL \(parking.publicBaseUrl\) must be an http\(s\) URL/],
  ])('stops with a message naming the bad key for %p', (environment, message) => {
    expect(() => readParkingSettings(environment)).toThrow(message);
  });
});
