import { Form, InputNumber, Segmented, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { figuresText as text } from '../messages';
import type { PeriodChoice, PeriodKind } from '../period';

const KINDS = (Object.keys(text.periodKinds) as PeriodKind[]).map((value) => ({
  value,
  label: text.periodKinds[value],
}));
const MONTHS = Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: `${index + 1}月` }));

/** Chooses the period: a ROC year, a month of it, or any span of days (a council session). */
export function PeriodForm({ choice, onChange }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void }) {
  const set = (change: Partial<PeriodChoice>) => onChange({ ...choice, ...change });
  const day = (value: unknown) => (value as Dayjs | null) ?? undefined;
  return (
    <Form layout="vertical">
      <Form.Item label={text.periodKind}>
        <Segmented<PeriodKind> value={choice.kind} options={KINDS} onChange={(kind) => set({ kind })} />
      </Form.Item>
      <Space wrap align="end">
        {choice.kind !== 'range' ? (
          <Form.Item label={text.rocYear} htmlFor="figures-roc-year">
            <InputNumber
              id="figures-roc-year"
              value={choice.rocYear}
              min={100}
              max={200}
              onChange={(rocYear) => rocYear && set({ rocYear })}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item label={text.from} htmlFor="figures-from">
              <RocDatePicker id="figures-from" value={choice.from} onChange={(from) => set({ from: day(from) })} />
            </Form.Item>
            <Form.Item label={text.to} htmlFor="figures-to">
              <RocDatePicker id="figures-to" value={choice.to} onChange={(to) => set({ to: day(to) })} />
            </Form.Item>
          </>
        )}
        {choice.kind === 'month' && (
          <Form.Item label={text.month} htmlFor="figures-month">
            <Select
              id="figures-month"
              value={choice.month}
              onChange={(month) => set({ month })}
              options={MONTHS}
              style={{ minWidth: 90 }}
            />
          </Form.Item>
        )}
      </Space>
    </Form>
  );
}
