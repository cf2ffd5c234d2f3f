import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, theme, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { inTaipei, rocYearOf } from '../../common/dates/roc-date';
import { ErrorState, LoadingState } from '../../common/states/states';
import { useMonthOccurrences, type Occurrence } from '../hooks/use-obligations';
import { obligationText as text } from '../obligation-messages';
import { OccurrenceRows } from './occurrence-rows';

const STATUS_COLOURS: Record<Occurrence['status'], string> = {
  upcoming: '#595959',
  open: '#1f5fa8',
  overdue: '#cf1322',
  completed: '#237804',
};

/** The days of the month's weeks, Sunday first, with the neighbouring months' days as blanks. */
function monthCells(month: Dayjs): (Dayjs | null)[] {
  const first = month.startOf('month');
  const blanks = Array.from({ length: first.day() }, () => null);
  const days = Array.from({ length: month.daysInMonth() }, (_, index) => first.add(index, 'day'));
  return [...blanks, ...days];
}

/**
 * A month of due dates as a calendar grid in ROC years, the month's rows below it (on a phone
 * the grid only marks the days). antd's Calendar shows Gregorian years in its header.
 */
export function ObligationCalendar({
  month,
  onMonthChange,
  action,
}: {
  month: Dayjs;
  onMonthChange: (month: Dayjs) => void;
  action?: (occurrence: Occurrence) => ReactNode;
}) {
  const { token } = theme.useToken();
  const due = useMonthOccurrences(month);
  const items = due.data?.items ?? [];
  const onDay = (day: Dayjs) => items.filter((occurrence) => occurrence.dueDate === day.format('YYYY-MM-DD'));
  const today = inTaipei(new Date()).format('YYYY-MM-DD');
  let body: ReactNode;
  if (due.isPending) body = <LoadingState />;
  else if (due.isError) body = <ErrorState error={due.error} onRetry={() => void due.refetch()} />;
  else
    body = (
      <>
        {/* The grid is a picture of the month; the same due dates are listed in words below it. */}
        <div aria-hidden style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 2 }}>
          {text.weekdays.map((weekday) => (
            <div key={weekday} style={{ textAlign: 'center', fontWeight: 600, padding: 4 }}>
              {weekday}
            </div>
          ))}
          {monthCells(month).map((day, index) =>
            day ? (
              <div
                key={day.date()}
                style={{
                  minHeight: 72,
                  padding: 4,
                  border: `1px solid ${token.colorBorderSecondary}`,
                  background: day.format('YYYY-MM-DD') === today ? token.colorPrimaryBg : undefined,
                  overflow: 'hidden',
                }}
              >
                <div style={{ fontSize: 12 }}>{day.date()}</div>
                {onDay(day).map((occurrence) => (
                  <div
                    key={occurrence.id}
                    title={`${occurrence.title}（${occurrence.statusLabel}）`}
                    style={{
                      fontSize: 12,
                      color: STATUS_COLOURS[occurrence.status],
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                    }}
                  >
                    {`● ${occurrence.title}`}
                  </div>
                ))}
              </div>
            ) : (
              <div key={`blank-${index}`} />
            ),
          )}
        </div>
        {items.length ? (
          <OccurrenceRows occurrences={items} action={action} />
        ) : (
          <Typography.Paragraph style={{ marginTop: 16 }}>{text.monthEmpty}</Typography.Paragraph>
        )}
      </>
    );
  return (
    <section>
      <Space style={{ marginBottom: 12 }}>
        <Button
          icon={<LeftOutlined />}
          aria-label={text.previousMonth}
          onClick={() => onMonthChange(month.subtract(1, 'month'))}
        />
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0, minWidth: 110, textAlign: 'center' }}>
          {text.month(rocYearOf(month), month.month() + 1)}
        </Typography.Title>
        <Button
          icon={<RightOutlined />}
          aria-label={text.nextMonth}
          onClick={() => onMonthChange(month.add(1, 'month'))}
        />
      </Space>
      {body}
    </section>
  );
}
