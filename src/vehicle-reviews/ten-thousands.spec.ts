import { inTenThousands, percentOf } from './ten-thousands';

describe('pre-review amounts', () => {
  it('are written in 萬元 with one decimal, as the 113 report writes NT$567.851M', () => {
    expect(inTenThousands(567_851_000)).toBe('56,785.1');
    expect(inTenThousands(77_850_000)).toBe('7,785.0');
    expect(inTenThousands(10_131_000)).toBe('1,013.1');
    expect(inTenThousands(0)).toBe('0.0');
  });

  it('give shares in percent with two decimals', () => {
    expect(percentOf(31_864_005, 77_850_000)).toBe(40.93);
    expect(percentOf(1, 0)).toBe(0);
  });
});
