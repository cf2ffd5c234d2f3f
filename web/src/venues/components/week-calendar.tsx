import { Tag, Typography } from 'antd';
import { inTaipei } from '../../common/dates/roc-date';
import type { CalendarEntry, CalendarView } from '../hooks/use-venues';
import { venuesText as text } from '../messages';
import { timeOf } from './venue-time';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** `12/2（三）` */
function dayLabel(date: string): string {
  const day = inTaipei(`${date}T12:00:00+08:00`);
  return `${day.month() + 1}/${day.date()}（${WEEKDAYS[day.day()]}）`;
}

function entriesOn(entries: readonly CalendarEntry[], date: string): CalendarEntry[] {
  return entries
    .filter((entry) => inTaipei(entry.occupiedFrom).format('YYYY-MM-DD') === date)
    .sort((a, b) => a.occupiedFrom.localeCompare(b.occupiedFrom));
}

function Entry({ entry, spaceName }: { entry: CalendarEntry; spaceName?: string }) {
  const buffered = entry.occupiedFrom !== entry.startsAt || entry.occupiedUntil !== entry.endsAt;
  return (
    <li style={{ padding: '6px 8px', background: '#f5f5f5', borderRadius: 6, marginBottom: 6 }}>
      <div style={{ fontWeight: 600 }}>
        {timeOf(entry.startsAt)}–{timeOf(entry.endsAt)}
        {entry.status === 'requested' && (
          <Tag color="blue" style={{ marginInlineStart: 6 }}>
            {text.pending}
          </Tag>
        )}
      </div>
      {spaceName && <div>{spaceName}</div>}
      <div style={{ overflowWrap: 'anywhere' }}>{entry.visible && entry.title ? entry.title : text.busy}</div>
      {buffered && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text.setupAndCleanup(timeOf(entry.occupiedFrom), timeOf(entry.occupiedUntil))}
        </Typography.Text>
      )}
    </li>
  );
}

/**
 * A week of the spaces' occupied windows, a column per day (they wrap on a phone). With several
 * spaces each window names its space; another agency's booking shows only as busy.
 */
export function WeekCalendar({ calendar }: { calendar: CalendarView }) {
  const names = new Map(calendar.spaces.map((space) => [space.id, space.name]));
  const several = calendar.spaces.length > 1;
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}>
      {calendar.days.map((day) => {
        const entries = entriesOn(calendar.entries, day.date);
        return (
          <section
            key={day.date}
            aria-label={dayLabel(day.date)}
            style={{
              border: '1px solid #f0f0f0',
              borderRadius: 8,
              padding: 8,
              background: day.workingDay ? '#fff' : '#fafafa',
            }}
          >
            <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
              {dayLabel(day.date)}
              {!day.workingDay && <Tag style={{ marginInlineStart: 6 }}>{text.dayOff}</Tag>}
            </Typography.Title>
            {entries.length ? (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {entries.map((entry) => (
                  <Entry
                    key={`${entry.bookingId}-${entry.spaceId}`}
                    entry={entry}
                    spaceName={several ? names.get(entry.spaceId) : undefined}
                  />
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{text.free}</Typography.Text>
            )}
          </section>
        );
      })}
    </div>
  );
}
