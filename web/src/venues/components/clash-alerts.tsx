import { Alert } from 'antd';
import { ApiError } from '../../common/api/client';
import { formatRocDate } from '../../common/dates/roc-date';
import type { CalendarView } from '../hooks/use-venues';
import { venuesText as text } from '../messages';
import { timeOf } from './venue-time';

interface Clash {
  bookingId: string;
  spaceId: string;
  occupiedFrom: string;
  occupiedUntil: string;
}

interface SeriesDate {
  date: string;
  code: string;
}

/** An error alert over a list of what stood in the way. */
function ListAlert({ title, items }: { title: string; items: { key: string; text: string }[] }) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

function detailsOf<T>(error: unknown, code: string, key: string): T[] {
  if (!(error instanceof ApiError) || error.body.code !== code) return [];
  const list = (error.body.details as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? (list as T[]) : [];
}

/**
 * The bookings a 409 `venue.clash` names, with their windows (setup and cleanup included) and,
 * where the calendar of that day shows them to this user, their titles.
 */
export function ClashAlert({ error, calendar }: { error: unknown; calendar?: CalendarView }) {
  const clashes = detailsOf<Clash>(error, 'venue.clash', 'clashes');
  if (!clashes.length) return null;
  const names = new Map(calendar?.spaces.map((space) => [space.id, space.name]));
  const describe = (clash: Clash) => {
    const entry = calendar?.entries.find((candidate) => candidate.bookingId === clash.bookingId);
    const what = entry?.visible && entry.title ? entry.title : text.otherAgency;
    const where = names.get(clash.spaceId);
    return text.clashWith(
      `${formatRocDate(clash.occupiedFrom)} ${timeOf(clash.occupiedFrom)}–${timeOf(clash.occupiedUntil)}`,
      where ? `${what}（${where}）` : what,
    );
  };
  return (
    <ListAlert
      title={text.clashTitle}
      items={clashes.map((clash) => ({ key: `${clash.bookingId}-${clash.spaceId}`, text: describe(clash) }))}
    />
  );
}

/** The dates of an all-or-nothing series that stood in its way (409 `venue.series_clash`). */
export function SeriesClashAlert({ error }: { error: unknown }) {
  const dates = detailsOf<SeriesDate>(error, 'venue.series_clash', 'dates');
  if (!dates.length) return null;
  return (
    <ListAlert
      title={text.seriesClashTitle}
      items={dates.map((date) => ({
        key: date.date,
        text: `${formatRocDate(`${date.date}T12:00:00+08:00`)} ${text.problemOf(date.code)}`,
      }))}
    />
  );
}
