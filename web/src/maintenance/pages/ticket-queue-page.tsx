import { Card, Form, Input, Select, Space, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatRocDate } from '../../common/dates/roc-date';
import { KeysetTable } from '../../common/lists/keyset-table';
import { currentClock, SlaLeft } from '../components/sla-left';
import { TicketStatusTag } from '../components/ticket-status-tag';
import { useAgencies } from '../hooks/use-office';
import { useLocationTree, useTicketList, useTrades, type Ticket } from '../hooks/use-tickets';
import { maintenanceText } from '../messages';
import { officeText as text } from '../office-messages';

type Filter = NonNullable<Parameters<typeof useTicketList>[0]>;

const STATUS_OPTIONS = Object.entries(text.statuses).map(([value, label]) => ({ value, label }));
const PRIORITY_OPTIONS = Object.entries(maintenanceText.priorities).map(([value, label]) => ({ value, label }));

const COLUMNS: TableColumnsType<Ticket> = [
  {
    title: maintenanceText.ticketNumber,
    key: 'number',
    render: (_, ticket) => <Link to={`/repairs/${ticket.id}`}>{`${ticket.number} ${ticket.title}`}</Link>,
  },
  { title: maintenanceText.place, key: 'place', render: (_, ticket) => ticket.locationLabel ?? ticket.spotText },
  {
    title: maintenanceText.priority,
    key: 'priority',
    render: (_, ticket) => maintenanceText.priorities[ticket.priority],
  },
  { title: maintenanceText.status, key: 'status', render: (_, ticket) => <TicketStatusTag ticket={ticket} /> },
  { title: text.slaLeft, key: 'sla', render: (_, ticket) => <SlaLeft clock={currentClock(ticket.sla)} /> },
  { title: maintenanceText.filedAt, key: 'filed', render: (_, ticket) => formatRocDate(ticket.createdAt) },
];

/** The coordinator's queue: every agency's tickets, filtered as the API allows, with the SLA time left. */
export default function TicketQueuePage() {
  const [filter, setFilter] = useState<Filter>({});
  const list = useTicketList(filter);
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.queueTitle}
      </Typography.Title>
      <QueueFilters onChange={setFilter} />
      {/* A scrolling wrapper rather than Table's `scroll`, which injects a style element the CSP blocks. */}
      <div style={{ overflowX: 'auto' }}>
        <KeysetTable list={list} emptyText={text.queueEmpty} columns={COLUMNS} />
      </div>
    </Card>
  );
}

function QueueFilters({ onChange }: { onChange: (filter: Filter) => void }) {
  const trades = useTrades();
  const centers = useLocationTree();
  const agencies = useAgencies();
  const select = (label: string, name: keyof Filter, options: { value: string; label: string }[] | undefined) => (
    <Form.Item label={label} name={name} style={{ minWidth: 160 }}>
      <Select allowClear placeholder={text.any} options={options} loading={!options} />
    </Form.Item>
  );
  return (
    <Form<Filter>
      layout="vertical"
      aria-label={text.filters}
      onValuesChange={(_, values) => onChange(withoutEmpty(values))}
    >
      <Space wrap align="end">
        {select(maintenanceText.status, 'status', STATUS_OPTIONS)}
        {select(maintenanceText.priority, 'priority', PRIORITY_OPTIONS)}
        {select(
          maintenanceText.trade,
          'tradeCode',
          trades.data?.map((trade) => ({ value: trade.code, label: trade.name })),
        )}
        {select(
          text.center,
          'siteId',
          centers.data?.map((site) => ({ value: site.id, label: site.name })),
        )}
        {select(
          text.agency,
          'agencyId',
          agencies.data?.items.map((agency) => ({ value: agency.id, label: agency.name })),
        )}
        <Form.Item label={text.search} name="text">
          <Input allowClear />
        </Form.Item>
      </Space>
    </Form>
  );
}

function withoutEmpty(values: Filter): Filter {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  ) as Filter;
}
