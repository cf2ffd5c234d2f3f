import type { Dayjs } from 'dayjs';
import { formatRocDate, inTaipei } from '../../common/dates/roc-date';

export type Span = 'day' | 'week';

/** The board's window: a Taipei day, or the week (Monday to Sunday) around the day. */
export function boardWindow(day: Dayjs, span: Span): { from: string; to: string } {
  const local = inTaipei(day).startOf('day');
  const start = span === 'day' ? local : local.subtract((local.day() + 6) % 7, 'day');
  return { from: start.toISOString(), to: start.add(1, span).toISOString() };
}

/** Every other hour for a day (`08:00`), each day for a week (`115/12/07`). */
export function boardTicks(window: { from: string; to: string }, span: Span) {
  const start = inTaipei(window.from);
  return span === 'day'
    ? Array.from({ length: 12 }, (_, index) => {
        const at = start.add(index * 2, 'hour');
        return { at: at.toISOString(), label: at.format('HH:mm') };
      })
    : Array.from({ length: 7 }, (_, index) => {
        const at = start.add(index, 'day');
        return { at: at.toISOString(), label: formatRocDate(at).slice(4) };
      });
}

/**
 * Where a screen too narrow for a whole day opens the day's board: half an hour before the office
 * opens at 08:00, early trips in sight and no hour label cut in half by the row names. A week opens at its start.
 */
export function boardOpensAt(window: { from: string }, span: Span): string | undefined {
  return span === 'day' ? inTaipei(window.from).add(450, 'minute').toISOString() : undefined;
}
