import { checkWindow } from './permit-window';

const rules = { today: '2025-02-26', maxDays: 5, maxDaysAhead: 60 };

describe('checkWindow', () => {
  it('lists every day of the window in order, across a month end', () => {
    expect(checkWindow('2025-02-27', '2025-03-02', rules)).toEqual({
      ok: true,
      days: ['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02'],
    });
  });

  it('accepts a single day today and a window of exactly the maximum', () => {
    expect(checkWindow('2025-02-26', '2025-02-26', rules)).toEqual({ ok: true, days: ['2025-02-26'] });
    expect(checkWindow('2025-03-01', '2025-03-05', rules).ok).toBe(true);
  });

  it.each([
    ['2025-2-27', '2025-02-27', /validFrom "2025-2-27" is not a date/],
    ['2025-02-27', '2025-02-30', /validTo "2025-02-30" is not a date/],
    ['2025-02-28', '2025-02-27', /before validFrom/],
    ['2025-02-25', '2025-02-26', /in the past/],
    ['2025-04-28', '2025-04-28', /more than 60 days ahead/],
    ['2025-03-01', '2025-03-06', /covers 6 days; a permit covers at most 5/],
  ])('refuses %s..%s', (from, to, reason) => {
    const result = checkWindow(from, to, rules);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
