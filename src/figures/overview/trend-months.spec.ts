import { monthPeriod, rangePeriod, yearPeriod } from '../figures-period';
import { trendMonths } from './trend-months';

describe('trendMonths', () => {
  it('gives the twelve Taipei months of a ROC year', () => {
    const months = trendMonths(yearPeriod(112));
    expect(months.map((month) => month.label)).toEqual(Array.from({ length: 12 }, (_, index) => `112年${index + 1}月`));
    expect(months[0].start.toISOString()).toBe('2022-12-31T16:00:00.000Z');
    expect(months[11].end.toISOString()).toBe('2023-12-31T16:00:00.000Z');
  });

  it('shows a month with the months of its year before it', () => {
    expect(trendMonths(monthPeriod(112, 3)).map((month) => month.label)).toEqual(['112年1月', '112年2月', '112年3月']);
  });

  it('cuts the first and last month of a council session to the session', () => {
    const months = trendMonths(rangePeriod('2022-02-15', '2022-04-10'));
    expect(months.map((month) => month.label)).toEqual(['111年2月', '111年3月', '111年4月']);
    expect(months[0].start.toISOString()).toBe('2022-02-14T16:00:00.000Z');
    expect(months[2].end.toISOString()).toBe('2022-04-10T16:00:00.000Z');
  });
});
