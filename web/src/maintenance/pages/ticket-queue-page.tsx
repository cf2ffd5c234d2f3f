import { Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { formatRocDate } from '../../common/dates/roc-date';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState } from '../../common/states/states';
import { currentClock, SlaLeft } from '../components/sla-left';
import { TicketStatusTag } from '../components/ticket-status-tag';
import { useAgencies } from '../hooks/use-office';
import { useLocationTree, useTicketList, useTrades, type Ticket } from '../hooks/use-tickets';
import { maintenanceText } from '../messages';
import { officeText as text } from '../office-messages';

type Filter = NonNullable<Parameters<typeof useTicketList>[0]>;

const STATUS_OPTIONS = Object.entries(text.statuses).map(([value, label]) => ({ value, label }));
const PRIORITY_OPTIONS = Object.entries(maintenanceText.priorities).map(([value, label]) => ({ value, label }));
const SLA_OPTIONS = Object.entries(text.slaStandings).map(([value, label]) => ({ value, label }));

/** Two filters a row on a phone, so the first tickets show on the first screen rather than below seven full-width rows. */
const FILTER_GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
  columnGap: 12,
  maxWidth: 1000,
};
const FILTER_ITEM: CSSProperties = { marginBottom: 12, minWidth: 0 };

/** Plain rows (like the requester's list): antd's Table injects a style element the CSP blocks. */
function QueueRows({ tickets }: { tickets: Ticket[] }) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {tickets.map((ticket) => (
        <li key={ticket.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Link to={`/repairs/${ticket.id}`} style={{ overflowWrap: 'anywhere' }}>
            {`${ticket.number} ${ticket.title}`}
          </Link>
          <div>
            <Space wrap size={4}>
              <TicketStatusTag ticket={ticket} />
              <SlaLeft clock={currentClock(ticket.sla)} />
              <Typography.Text type="secondary">
                {[
                  maintenanceText.priorities[ticket.priority],
                  ticket.locationLabel ?? ticket.spotText,
                  formatRocDate(ticket.createdAt),
                ]
                  .filter(Boolean)
                  .join('・')}
              </Typography.Text>
            </Space>
          </div>
        </li>
      ))}
    </ul>
  );
}

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
      <KeysetView list={list} empty={<EmptyState description={text.queueEmpty} />}>
        {(tickets) => <QueueRows tickets={tickets} />}
      </KeysetView>
    </Card>
  );
}

function QueueFilters({ onChange }: { onChange: (filter: Filter) => void }) {
  const trades = useTrades();
  const centers = useLocationTree();
  const agencies = useAgencies();
  const select = (label: string, name: keyof Filter, options: { value: string; label: string }[] | undefined) => (
    <Form.Item label={label} name={name} style={FILTER_ITEM}>
      <Select allowClear placeholder={text.any} options={options} loading={!options} />
    </Form.Item>
  );
  return (
    <Form<Filter>
      layout="vertical"
      aria-label={text.filters}
      onValuesChange={(_, values) => onChange(withoutEmpty(values))}
    >
      <div style={FILTER_GRID}>
        {select(maintenanceText.status, 'status', STATUS_OPTIONS)}
        {select(maintenanceText.priority, 'priority', PRIORITY_OPTIONS)}
        {select(text.slaStanding, 'slaState', SLA_OPTIONS)}
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
        <Form.Item label={text.search} name="text" style={FILTER_ITEM}>
          <Input allowClear />
        </Form.Item>
      </div>
    </Form>
  );
}

function withoutEmpty(values: Filter): Filter {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  ) as Filter;
}
