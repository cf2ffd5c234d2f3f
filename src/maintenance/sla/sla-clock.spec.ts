import { BusinessCalendar } from '../../common/time';
import { addHold, dueTimes, measure, NO_PAUSE } from './sla-clock';

/** Early 2025: Fri 28 Feb (和平紀念日) off, Sat 8 Feb a make-up workday; office hours 08:30–17:30. */
const calendar = new BusinessCalendar({
  years: [{ year: 2025, holidays: ['2025-01-01', '2025-02-28'], makeupWorkdays: ['2025-02-08'] }],
});

function taipei(localDateTime: string): Date {
  return new Date(`${localDateTime.replace(' ', 'T')}:00+08:00`);
}

const targets = (responseMinutes: number, resolutionMinutes: number) => ({ responseMinutes, resolutionMinutes });

describe('SLA clock', () => {
  describe('due times in office hours', () => {
    it.each([
      ['within one day', '2025-02-03 09:00', 120, '2025-02-03 11:00'],
      ['across a night', '2025-02-03 16:30', 120, '2025-02-04 09:30'],
      ['filed before opening', '2025-02-04 07:00', 60, '2025-02-04 09:30'],
      ['over a weekend', '2025-02-14 17:00', 60, '2025-02-17 09:00'],
      ['over a Friday holiday and the weekend', '2025-02-27 17:00', 60, '2025-03-03 09:00'],
      ['into a make-up Saturday', '2025-02-07 17:00', 60, '2025-02-08 09:00'],
    ])('%s', (_case, start, minutes, expected) => {
      expect(dueTimes('normal', targets(minutes, minutes), taipei(start), NO_PAUSE, calendar).resolutionDueAt).toEqual(
        taipei(expected),
      );
    });
  });

  it('runs emergencies 24×7, weekends and nights included', () => {
    const due = dueTimes('emergency', targets(30, 240), taipei('2025-02-15 22:00'), NO_PAUSE, calendar);
    expect(due.responseDueAt).toEqual(taipei('2025-02-15 22:30'));
    expect(due.resolutionDueAt).toEqual(taipei('2025-02-16 02:00'));
  });

  describe('a hold spanning a night', () => {
    const start = taipei('2025-02-03 09:00');
    const paused = addHold(NO_PAUSE, taipei('2025-02-03 16:30'), taipei('2025-02-04 10:30'), calendar);

    it('counts only office time as paused for the office clock, all of it for the wall clock', () => {
      expect(paused).toEqual({ businessMinutes: 60 + 120, wallMinutes: 18 * 60 });
    });

    it('stands the clock still while on hold', () => {
      const during = measure(
        {
          priority: 'normal',
          targetMinutes: 540,
          startedAt: start,
          doneAt: null,
          now: taipei('2025-02-04 10:00'),
          paused: NO_PAUSE,
          holdStartedAt: taipei('2025-02-03 16:30'),
        },
        calendar,
      );
      expect(during).toMatchObject({ state: 'paused', usedMinutes: 450, minutesLeft: 90 });
    });

    it('pushes the due time out by the paused office time on resume', () => {
      expect(dueTimes('normal', targets(60, 540), start, NO_PAUSE, calendar).resolutionDueAt).toEqual(
        taipei('2025-02-04 09:00'),
      );
      expect(dueTimes('normal', targets(60, 540), start, paused, calendar).resolutionDueAt).toEqual(
        taipei('2025-02-04 12:00'),
      );
      const after = measure(
        {
          priority: 'normal',
          targetMinutes: 540,
          startedAt: start,
          doneAt: null,
          now: taipei('2025-02-04 11:00'),
          paused,
          holdStartedAt: null,
        },
        calendar,
      );
      expect(after).toMatchObject({
        state: 'running',
        usedMinutes: 480,
        minutesLeft: 60,
        dueAt: taipei('2025-02-04 12:00'),
      });
    });

    it('re-targets a priority change from the original start, keeping the paused time', () => {
      // raised to emergency: 4 h on the wall clock from Mon 09:00, plus the 18 h paused
      expect(dueTimes('emergency', targets(30, 240), start, paused, calendar).resolutionDueAt).toEqual(
        taipei('2025-02-04 07:00'),
      );
      // lowered to low: 3 office days (1,620 min) from Mon 09:00 plus 180 paused office minutes
      expect(dueTimes('low', targets(480, 1620), start, paused, calendar).resolutionDueAt).toEqual(
        taipei('2025-02-06 12:00'),
      );
    });
  });

  describe('met or breached', () => {
    const base = {
      priority: 'high' as const,
      targetMinutes: 240,
      startedAt: taipei('2025-02-03 09:00'),
      paused: NO_PAUSE,
      holdStartedAt: null,
    };

    it('is met when done before the due time, whatever the time now', () => {
      expect(
        measure({ ...base, doneAt: taipei('2025-02-03 12:00'), now: taipei('2025-02-10 09:00') }, calendar),
      ).toMatchObject({ state: 'met', minutesLeft: 60 });
    });

    it('is breached when done after the due time', () => {
      expect(
        measure({ ...base, doneAt: taipei('2025-02-03 14:00'), now: taipei('2025-02-03 14:00') }, calendar),
      ).toMatchObject({ state: 'breached', minutesLeft: -60 });
    });

    it('is breached while still open past the due time, and reports 75% used before that', () => {
      expect(measure({ ...base, doneAt: null, now: taipei('2025-02-03 12:00') }, calendar)).toMatchObject({
        state: 'running',
        fractionUsed: 0.75,
      });
      expect(measure({ ...base, doneAt: null, now: taipei('2025-02-04 09:00') }, calendar)).toMatchObject({
        state: 'breached',
        minutesLeft: -300,
      });
    });

    it('does not count the night against an office-hours ticket', () => {
      expect(measure({ ...base, doneAt: null, now: taipei('2025-02-04 08:00') }, calendar)).toMatchObject({
        state: 'breached',
        usedMinutes: 510,
      });
      expect(
        measure(
          { ...base, startedAt: taipei('2025-02-03 17:00'), doneAt: null, now: taipei('2025-02-04 08:00') },
          calendar,
        ),
      ).toMatchObject({ state: 'running', usedMinutes: 30 });
    });
  });
});
