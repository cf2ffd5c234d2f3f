import { Card, Form, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { inTaipei } from '../../common/dates/roc-date';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { PermitTable } from '../components/permit-table';
import { ISO_DAY } from '../components/visit-fields';
import { useLotDays, useLots, usePermitList } from '../hooks/use-parking';
import { parkingText as text } from '../messages';

function DaySheet({ lotCode, day }: { lotCode: string; day: string }) {
  const list = usePermitList({ lotCode, activeOn: day });
  const counts = useLotDays(lotCode, day, day).data?.[0];
  return (
    <>
      {counts && <Typography.Paragraph>{text.dayCounts(counts.issued, counts.capacity)}</Typography.Paragraph>}
      <PermitTable list={list} emptyText={text.dayEmpty} />
    </>
  );
}

/** The permits of one lot on one day (today unless another is picked), for the gate's list. */
export default function DaySheetPage() {
  const lots = useLots();
  const [lotCode, setLotCode] = useState<string | undefined>();
  // Today at the office, not in the browser's own zone (a UTC browser is a day behind after midnight).
  const [day, setDay] = useState<Dayjs>(() => inTaipei(new Date()));
  const chosenLot = lotCode ?? lots.data?.[0]?.code;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.dayTitle}
      </Typography.Title>
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={text.lot} htmlFor="day-sheet-lot">
            <Select
              id="day-sheet-lot"
              style={{ minWidth: 220 }}
              value={chosenLot}
              onChange={setLotCode}
              loading={lots.isPending}
              options={(lots.data ?? []).map((lot) => ({ value: lot.code, label: lot.name }))}
            />
          </Form.Item>
          <Form.Item label={text.day} htmlFor="day-sheet-day">
            <RocDatePicker
              id="day-sheet-day"
              value={day}
              allowClear={false}
              onChange={(value) => value && setDay(value as Dayjs)}
            />
          </Form.Item>
        </Space>
      </Form>
      {chosenLot && (
        <DaySheet key={`${chosenLot}-${day.format(ISO_DAY)}`} lotCode={chosenLot} day={day.format(ISO_DAY)} />
      )}
    </Card>
  );
}
