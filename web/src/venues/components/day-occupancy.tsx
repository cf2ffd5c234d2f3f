import { Typography } from 'antd';
import type { CalendarView, Space } from '../hooks/use-venues';
import { venuesText as text } from '../messages';
import { timeOf } from './venue-time';

/** The windows the space (or a room of it, or the hall it belongs to) is already held on the day chosen. */
export function DayOccupancy({ calendar, space }: { calendar: CalendarView; space: Space }) {
  const footprint = new Set([space.id, ...space.partIds]);
  const entries = calendar.entries
    .filter((entry) => footprint.has(entry.spaceId))
    .sort((a, b) => a.occupiedFrom.localeCompare(b.occupiedFrom));
  const seen = new Set<string>();
  const unique = entries.filter((entry) => !seen.has(entry.bookingId) && seen.add(entry.bookingId));
  return (
    <section aria-label={text.busyThatDay} style={{ marginBottom: 16 }}>
      <Typography.Text strong>{text.busyThatDay}</Typography.Text>
      {unique.length ? (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {unique.map((entry) => (
            <li key={entry.bookingId}>
              {`${timeOf(entry.occupiedFrom)}–${timeOf(entry.occupiedUntil)} ${entry.visible && entry.title ? entry.title : text.busy}`}
              {entry.status === 'requested' ? `（${text.pending}）` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{text.nothingThatDay}</Typography.Paragraph>
      )}
    </section>
  );
}
