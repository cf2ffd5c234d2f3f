import { Button, Card, Form, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Schemas } from '../../common/api/client';
import { inTaipei } from '../../common/dates/roc-date';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { BacklogChart } from '../components/backlog-chart';
import { useAgencies, useKpis, type KpiQuery } from '../hooks/use-office';
import { useLocationTree, useTrades } from '../hooks/use-tickets';
import { kpiText as text } from '../kpi-messages';

type Row = Schemas['KpiRowView'];
type PeriodKind = keyof typeof text.periodKinds;
type GroupBy = NonNullable<KpiQuery['groupBy']>;
interface Period {
  kind: PeriodKind;
  rocYear: number;
  month: number;
  from?: Dayjs;
  to?: Dayjs;
}

const DAY = 'YYYY-MM-DD';
const percent = (value?: number | null) => (value == null ? '—' : `${value.toFixed(1)}%`);
const hours = (minutes?: number | null) => (minutes == null ? '—' : (minutes / 60).toFixed(1));

/** The first and last Taipei day of the chosen ROC year, month or range. */
function daysOf(period: Period): { from: string; to: string } | null {
  const year = period.rocYear + 1911;
  if (period.kind === 'year') return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (period.kind === 'month') {
    const first = inTaipei(`${year}-${String(period.month).padStart(2, '0')}-01T12:00:00+08:00`);
    return { from: first.format(DAY), to: first.endOf('month').format(DAY) };
  }
  return period.from && period.to ? { from: period.from.format(DAY), to: period.to.format(DAY) } : null;
}

/** MTTR, SLA %, backlog by age, reopen rate and cost for a ROC year, month or date range, by group. */
export default function KpiPage() {
  const today = inTaipei(new Date());
  const [period, setPeriod] = useState<Period>({
    kind: 'month',
    rocYear: today.year() - 1911,
    month: today.month() + 1,
  });
  const [groupBy, setGroupBy] = useState<GroupBy>('center');
  const days = daysOf(period);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.title}
      </Typography.Title>
      <PeriodForm period={period} onChange={setPeriod} groupBy={groupBy} onGroupBy={setGroupBy} />
      {days && <KpiReport query={{ ...days, groupBy }} />}
    </Card>
  );
}

function PeriodForm({
  period,
  onChange,
  groupBy,
  onGroupBy,
}: {
  period: Period;
  onChange: (period: Period) => void;
  groupBy: GroupBy;
  onGroupBy: (groupBy: GroupBy) => void;
}) {
  const options = <T extends string>(labels: Record<T, string>) =>
    (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
  return (
    <Form layout="vertical">
      <Space wrap align="end">
        <Form.Item label={text.period} htmlFor="kpi-period">
          <Select
            id="kpi-period"
            value={period.kind}
            onChange={(kind) => onChange({ ...period, kind })}
            options={options(text.periodKinds)}
            style={{ minWidth: 120 }}
          />
        </Form.Item>
        {period.kind !== 'range' && (
          <Form.Item label={text.rocYear} htmlFor="kpi-roc-year">
            <InputNumber
              id="kpi-roc-year"
              value={period.rocYear}
              min={100}
              max={200}
              onChange={(rocYear) => rocYear && onChange({ ...period, rocYear })}
            />
          </Form.Item>
        )}
        {period.kind === 'month' && (
          <Form.Item label={text.month} htmlFor="kpi-month">
            <Select
              id="kpi-month"
              value={period.month}
              onChange={(month) => onChange({ ...period, month })}
              options={Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: `${index + 1} 月` }))}
              style={{ minWidth: 90 }}
            />
          </Form.Item>
        )}
        {period.kind === 'range' && (
          <>
            <Form.Item label={`${text.range}（起）`} htmlFor="kpi-from">
              <RocDatePicker
                id="kpi-from"
                value={period.from}
                onChange={(from) => onChange({ ...period, from: (from as Dayjs | null) ?? undefined })}
              />
            </Form.Item>
            <Form.Item label={`${text.range}（迄）`} htmlFor="kpi-to">
              <RocDatePicker
                id="kpi-to"
                value={period.to}
                onChange={(to) => onChange({ ...period, to: (to as Dayjs | null) ?? undefined })}
              />
            </Form.Item>
          </>
        )}
        <Form.Item label={text.groupBy} htmlFor="kpi-group-by">
          <Select
            id="kpi-group-by"
            value={groupBy}
            onChange={onGroupBy}
            options={options(text.groups)}
            style={{ minWidth: 120 }}
          />
        </Form.Item>
      </Space>
    </Form>
  );
}

/** Names for the row keys (site ids, trade codes, agency ids). */
function useGroupNames(): (key: string) => string {
  const trades = useTrades();
  const centers = useLocationTree();
  const agencies = useAgencies();
  const names = new Map<string, string>([
    ['total', text.total],
    ['none', text.none],
    ...(trades.data ?? []).map((trade) => [trade.code, trade.name] as [string, string]),
    ...(centers.data ?? []).map((site) => [site.id, site.name] as [string, string]),
    ...(agencies.data?.items ?? []).map((agency) => [agency.id, agency.name] as [string, string]),
  ]);
  return (key) => names.get(key) ?? key;
}

function KpiReport({ query }: { query: KpiQuery }) {
  const report = useKpis(query);
  const nameOf = useGroupNames();
  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const rows = report.data.rows;
  if (!rows.length) return <EmptyState description={text.empty} />;
  const columns: TableColumnsType<Row> = [
    { title: text.group, key: 'group', render: (_, row) => nameOf(row.key) },
    { title: text.received, dataIndex: 'received', align: 'right' },
    { title: text.resolved, dataIndex: 'resolved', align: 'right' },
    { title: text.closed, dataIndex: 'closed', align: 'right' },
    { title: text.mttr, key: 'mttr', align: 'right', render: (_, row) => hours(row.meanResolutionMinutes) },
    { title: text.sla, key: 'sla', align: 'right', render: (_, row) => percent(row.slaCompliancePercent) },
    { title: text.reopen, key: 'reopen', align: 'right', render: (_, row) => percent(row.reopenRatePercent) },
    { title: text.cost, key: 'cost', align: 'right', render: (_, row) => row.cost.toLocaleString('zh-TW') },
  ];
  const exportHref = (format: 'csv' | 'xlsx') =>
    `/maintenance/tickets/export?${new URLSearchParams({
      from: inTaipei(`${query.from}T00:00:00+08:00`).toISOString(),
      to: inTaipei(`${query.to}T00:00:00+08:00`).add(1, 'day').toISOString(),
      format,
    }).toString()}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button href={exportHref('csv')}>{text.exportCsv}</Button>
        <Button href={exportHref('xlsx')}>{text.exportXlsx}</Button>
      </Space>
      {/* As wide as its headings need: on a phone it scrolls sideways instead of breaking names a character a line. */}
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.backlog}
      </Typography.Title>
      <BacklogChart
        bars={rows
          .filter((row) => row.key !== 'total')
          .map((row) => ({ label: nameOf(row.key), backlog: row.backlog }))}
      />
    </Space>
  );
}
