import { Card, Form, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { inTaipei } from '../../common/dates/roc-date';
import { KeysetView } from '../../common/lists/keyset-table';
import { mayUse, useSession } from '../../common/session/session';
import { EmptyState } from '../../common/states/states';
import { CompleteOccurrence } from '../components/complete-occurrence';
import { ObligationCalendar } from '../components/obligation-calendar';
import { OccurrenceRows } from '../components/occurrence-rows';
import { useOccurrenceList, type Occurrence } from '../hooks/use-obligations';
import { obligationText as text } from '../obligation-messages';

type View = 'list' | 'calendar';
type Status = Occurrence['status'];

const STATUS_OPTIONS = [
  { value: '', label: text.any },
  ...Object.entries(text.statuses).map(([value, label]) => ({ value, label })),
];

/**
 * The statutory periodic inspections and other recurring duties, by due date: a list (soonest
 * first, by state) or a month calendar. The coordinator completes a due date with its
 * certificate; a report viewer only reads.
 */
export default function ObligationsPage() {
  const session = useSession();
  const [view, setView] = useState<View>('list');
  const [status, setStatus] = useState<Status | ''>('');
  const [month, setMonth] = useState(() => inTaipei(new Date()).startOf('month'));
  const list = useOccurrenceList(status ? { status } : {});
  const mayComplete = !!session.data && mayUse(session.data, ['maintenance_coordinator']);
  const action = (occurrence: Occurrence) =>
    mayComplete && occurrence.status !== 'completed' ? <CompleteOccurrence occurrence={occurrence} /> : null;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.title}
      </Typography.Title>
      <Segmented<View>
        value={view}
        onChange={setView}
        options={[
          { value: 'list', label: text.listView },
          { value: 'calendar', label: text.calendarView },
        ]}
        style={{ marginBottom: 16 }}
      />
      {view === 'calendar' ? (
        <ObligationCalendar month={month} onMonthChange={setMonth} action={action} />
      ) : (
        <>
          <Form layout="inline" style={{ marginBottom: 8 }}>
            <Form.Item label={text.status} htmlFor="occurrence-status">
              <Select
                id="occurrence-status"
                value={status}
                onChange={setStatus}
                options={STATUS_OPTIONS}
                style={{ minWidth: 120 }}
              />
            </Form.Item>
          </Form>
          <KeysetView list={list} empty={<EmptyState description={text.empty} />}>
            {(occurrences) => <OccurrenceRows occurrences={occurrences} action={action} />}
          </KeysetView>
        </>
      )}
    </Card>
  );
}
