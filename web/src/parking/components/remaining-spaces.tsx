import { Alert, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatRocDate } from '../../common/dates/roc-date';
import { useLotDays } from '../hooks/use-parking';
import { parkingText as text } from '../messages';
import { ISO_DAY } from './visit-fields';

/** The chosen lot's remaining temporary spaces on each chosen day, before the officer submits. */
export function RemainingSpaces({ needed = 1 }: { needed?: number }) {
  const form = Form.useFormInstance();
  const lotCode = Form.useWatch<string | undefined>('lotCode', form);
  const from = Form.useWatch<Dayjs | undefined>('validFrom', form)?.format(ISO_DAY);
  const to = Form.useWatch<Dayjs | undefined>('validTo', form)?.format(ISO_DAY);
  const days = useLotDays(lotCode, from, to);
  if (!days.data) return <Alert type="info" title={text.spacesTitle} description={text.spacesNeedLot} />;
  const short = days.data.some((day) => day.remaining < needed);
  return (
    <Alert
      type={short ? 'warning' : 'success'}
      title={text.spacesTitle}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-live="polite">
          {days.data.map((day) => (
            <li key={day.day}>
              {day.remaining > 0
                ? text.spacesLeft(formatRocDate(day.day), day.remaining, day.capacity)
                : text.spacesFull(formatRocDate(day.day))}
            </li>
          ))}
        </ul>
      }
    />
  );
}
