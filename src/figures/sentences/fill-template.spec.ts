import { compileTemplate, placeholdersOf } from './fill-template';

const fillTemplate = (template: string, values: Record<string, string | number>) =>
  compileTemplate(template)((name) => values[name]);

describe('compileTemplate', () => {
  it('writes numbers with thousands separators and strings as they are', () => {
    expect(fillTemplate('{period}受理案件計{count}件', { period: '112年度', count: 1059 })).toBe(
      '112年度受理案件計1,059件',
    );
    expect(fillTemplate('分別於{months}月辦理完成', { months: '6、12' })).toBe('分別於6、12月辦理完成');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(fillTemplate('{period}計{unknown}件', { period: '本期' })).toBe('本期計{unknown}件');
  });

  it('fills a template that starts, ends or repeats with a placeholder, or has none', () => {
    expect(fillTemplate('{count}', { count: 0 })).toBe('0');
    expect(fillTemplate('{period}{period}', { period: '本期' })).toBe('本期本期');
    expect(fillTemplate('無', {})).toBe('無');
    expect(fillTemplate('{a}與{b}', { a: 1.234, b: '乙' })).toBe('1.23與乙');
  });

  it('lists the placeholders a template uses once each', () => {
    expect(placeholdersOf('{period}{lot}核發{count}張，{period}')).toEqual(['period', 'lot', 'count']);
  });
});
