import { addMonthsOnDay, nextDueAfter, workOrderOpensOn } from './obligation-schedule';

describe('addMonthsOnDay', () => {
  it.each([
    ['2023-01-31', 1, 31, '2023-02-28'],
    ['2024-01-31', 1, 31, '2024-02-29'],
    ['2023-02-28', 1, 31, '2023-03-31'],
    ['2023-03-31', 1, 31, '2023-04-30'],
    ['2024-02-29', 12, 29, '2025-02-28'],
    ['2024-02-29', 48, 29, '2028-02-29'],
    ['2100-01-29', 1, 29, '2100-02-28'],
    ['2000-01-29', 1, 29, '2000-02-29'],
    ['2023-12-15', 1, 15, '2024-01-15'],
    ['2023-08-31', 6, 31, '2024-02-29'],
    ['2023-07-10', 120, 10, '2033-07-10'],
  ])('%s + %i months on day %i is %s', (date, months, day, expected) => {
    expect(addMonthsOnDay(date, months, day)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addMonthsOnDay('2023-02-30', 1, 30)).toThrow(RangeError);
    expect(() => addMonthsOnDay('2023-2-3', 1, 3)).toThrow(RangeError);
  });
});

describe('nextDueAfter', () => {
  it('advances from the due date, keeping the obligation day across short months', () => {
    const rhythm = { intervalMonths: 1, advanceFrom: 'due_date' as const, dueDayOfMonth: 31 };
    const february = nextDueAfter(rhythm, '2023-01-31', '2023-02-10');
    expect(february).toEqual({ dueDate: '2023-02-28', dueDayOfMonth: 31 });
    expect(nextDueAfter(rhythm, february.dueDate, '2023-03-02')).toEqual({ dueDate: '2023-03-31', dueDayOfMonth: 31 });
  });

  it('advances from the completion date and takes its day from then on', () => {
    const rhythm = { intervalMonths: 12, advanceFrom: 'completion_date' as const, dueDayOfMonth: 15 };
    expect(nextDueAfter(rhythm, '2023-06-15', '2024-02-29')).toEqual({ dueDate: '2025-02-28', dueDayOfMonth: 29 });
    expect(nextDueAfter(rhythm, '2023-06-15', '2023-05-20')).toEqual({ dueDate: '2024-05-20', dueDayOfMonth: 20 });
  });

  it('holds fire drills twice a year from the due date however late the drill was held', () => {
    const rhythm = { intervalMonths: 6, advanceFrom: 'due_date' as const, dueDayOfMonth: 30 };
    expect(nextDueAfter(rhythm, '2023-06-30', '2023-07-15').dueDate).toBe('2023-12-30');
    expect(nextDueAfter(rhythm, '2023-12-30', '2023-12-01').dueDate).toBe('2024-06-30');
  });
});

describe('workOrderOpensOn', () => {
  it('counts the lead time back across month, year and leap days', () => {
    expect(workOrderOpensOn('2024-03-01', 1)).toBe('2024-02-29');
    expect(workOrderOpensOn('2023-03-01', 1)).toBe('2023-02-28');
    expect(workOrderOpensOn('2024-01-10', 30)).toBe('2023-12-11');
    expect(workOrderOpensOn('2024-01-10', 0)).toBe('2024-01-10');
  });
});
