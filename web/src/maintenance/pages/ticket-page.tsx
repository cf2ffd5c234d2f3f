import { Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../common/api/client';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { mayUse, useSession } from '../../common/session/session';
import { ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { currentClock, SlaLeft } from '../components/sla-left';
import { TicketActions } from '../components/ticket-actions';
import { TicketAttachments } from '../components/ticket-attachments';
import { TicketComments } from '../components/ticket-comments';
import { TicketConfirmation } from '../components/ticket-confirmation';
import { TicketCosts } from '../components/ticket-costs';
import { TicketStatusTag } from '../components/ticket-status-tag';
import { TicketTimeline } from '../components/ticket-timeline';
import { TicketTriage } from '../components/ticket-triage';
import { useTicket } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';
import { officeText } from '../office-messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One repair request: as its requester follows it (status, history, comments, photos, confirmation)
 * and, for the office, with triage, the next actions, costs and internal comments.
 */
export default function TicketPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundState title={text.notFound} />;
  return <TicketDetailView id={id} />;
}

function TicketDetailView({ id }: { id: string }) {
  const ticket = useTicket(id);
  const user = useSession().data;
  const office = !!user && mayUse(user, ['maintenance_coordinator', 'technician']);
  const coordinator = !!user && mayUse(user, ['maintenance_coordinator']);
  if (ticket.isPending) return <LoadingState />;
  if (ticket.error instanceof ApiError && ticket.error.status === 404) return <NotFoundState title={text.notFound} />;
  if (ticket.isError) return <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />;
  const data = ticket.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {data.title}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={text.ticketNumber}>{data.number}</Descriptions.Item>
          <Descriptions.Item label={text.status}>
            <TicketStatusTag ticket={data} />
          </Descriptions.Item>
          <Descriptions.Item label={text.filedAt}>{formatRocDateTime(data.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={text.priority}>{text.priorities[data.priority]}</Descriptions.Item>
          <Descriptions.Item label={text.place}>
            {[data.locationLabel, data.spotText].filter(Boolean).join(' ')}
          </Descriptions.Item>
          <Descriptions.Item label={officeText.assignee}>
            {[data.assigneeName ?? (data.vendorName ? null : officeText.unassigned), data.vendorName]
              .filter(Boolean)
              .join('、')}
          </Descriptions.Item>
          {office && (
            <Descriptions.Item label={officeText.slaLeft}>
              <SlaLeft clock={currentClock(data.sla)} />
            </Descriptions.Item>
          )}
          {data.holdReason && (
            <Descriptions.Item label={officeText.holdReason}>
              {officeText.holdReasons[data.holdReason as keyof typeof officeText.holdReasons] ?? data.holdReason}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={text.description} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{data.description}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {data.allowedActions.includes('confirm') && <TicketConfirmation ticket={data} />}
      {office && data.allowedActions.length > 0 && (
        <Card title={officeText.actionsTitle}>
          <TicketActions ticket={data} />
        </Card>
      )}
      {coordinator && (
        <Card title={officeText.triageTitle}>
          <TicketTriage ticket={data} />
        </Card>
      )}
      <Card title={text.history}>
        <TicketTimeline ticket={data} />
      </Card>
      <Card title={text.attachments}>
        <TicketAttachments ticket={data} />
      </Card>
      <Card title={text.comments}>
        <TicketComments ticket={data} office={office} />
      </Card>
      {office && (
        <Card title={officeText.costsTitle}>
          <TicketCosts ticket={data} />
        </Card>
      )}
    </Space>
  );
}
