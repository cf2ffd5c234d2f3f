import { halfYearCodeOf, taipeiMonthOf } from './half-year';

describe('halfYearCodeOf', () => {
  it('codes the first and second half of an ROC year', () => {
    expect(halfYearCodeOf(new Date('2026-05-01T00:00:00+08:00'))).toBe('115-H1');
    expect(halfYearCodeOf(new Date('2026-11-01T00:00:00+08:00'))).toBe('115-H2');
  });

  it('reads the half-year in Taipei, not UTC, at the boundaries', () => {
    expect(halfYearCodeOf(new Date('2026-06-30T16:30:00Z'))).toBe('115-H2');
    expect(halfYearCodeOf(new Date('2026-12-31T16:30:00Z'))).toBe('116-H1');
    expect(taipeiMonthOf(new Date('2026-04-30T16:30:00Z'))).toBe(5);
  });
});
