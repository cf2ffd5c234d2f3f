import { Alert, Button, Card, Form, Space as Stack, Typography } from 'antd';
import { useState } from 'react';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { CenterSelect } from '../components/center-select';
import { ReasonDialog } from '../components/reason-dialog';
import { formatWindow } from '../components/venue-time';
import { useApprovalQueue, useApprove, useReject, useSpaces, type ApprovalItem } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

function Request({ item, onReject }: { item: ApprovalItem; onReject: () => void }) {
  const approve = useApprove();
  const report = useErrorReporter();
  const message = usePageMessage();
  const blocked = item.blockingBookingIds.length > 0;
  // mutateAsync, not mutate's callbacks: the approved request leaves the queue (this row unmounts)
  // before they would run, and TanStack Query drops the callbacks of an unmounted caller.
  const onApprove = () =>
    approve.mutateAsync({ id: item.id, version: item.version }).then(
      (result) => void message.success(text.approved(result.rejectedBookingIds.length)),
      (error: unknown) => report(error),
    );
  return (
    <li style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Title level={2} style={{ fontSize: 16, margin: 0, overflowWrap: 'anywhere' }}>
        {item.title}
      </Typography.Title>
      <div>{`${item.space.name}・${formatWindow(item)}・${text.eventKinds[item.eventKind]}・${text.people(item.attendees)}`}</div>
      {/* A line of its own: inline, the buttons below ran on after a contact that wrapped. */}
      <div>
        <Typography.Text type="secondary">{`${item.agencyName}・${text.contact(item.contactName, item.contactPhone)}`}</Typography.Text>
      </div>
      {blocked && <Alert type="error" showIcon title={text.blockedWarning} style={{ marginTop: 8 }} />}
      {!blocked && item.competingRequestIds.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={text.competingWarning(item.competingRequestIds.length)}
          style={{ marginTop: 8 }}
        />
      )}
      <Stack wrap style={{ marginTop: 8 }}>
        <Button
          type="primary"
          disabled={blocked}
          loading={approve.isPending}
          onClick={onApprove}
          aria-label={`${text.approve}：${item.title}`}
        >
          {text.approve}
        </Button>
        <Button danger onClick={onReject} aria-label={`${text.reject}：${item.title}`}>
          {text.reject}
        </Button>
      </Stack>
    </li>
  );
}

/** The venue staff's queue of requests waiting for a decision, soonest first, per center. */
export default function ApprovalsPage() {
  const spaces = useSpaces();
  const [siteId, setSiteId] = useState<string | undefined>();
  const queue = useApprovalQueue(siteId);
  const reject = useReject();
  const message = usePageMessage();
  const [rejecting, setRejecting] = useState<ApprovalItem | null>(null);
  if (spaces.isPending) return <LoadingState />;
  if (spaces.isError) return <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.approvalsTitle}
      </Typography.Title>
      <Form layout="vertical" style={{ maxWidth: 360 }}>
        <Form.Item label={text.center} htmlFor="approvals-center">
          <CenterSelect id="approvals-center" spaces={spaces.data} allowAll value={siteId} onChange={setSiteId} />
        </Form.Item>
      </Form>
      <KeysetView list={queue} empty={<EmptyState description={text.approvalsEmpty} />}>
        {(items) => (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((item) => (
              <Request key={item.id} item={item} onReject={() => setRejecting(item)} />
            ))}
          </ul>
        )}
      </KeysetView>
      {rejecting && (
        <ReasonDialog
          title={text.rejectTitle(rejecting.title)}
          label={text.rejectReason}
          requiredMessage={text.rejectReasonRequired}
          okText={text.reject}
          cancelText={text.back}
          pending={reject.isPending}
          onSubmit={async (reason) => {
            await reject.mutateAsync({ id: rejecting.id, reason });
            void message.success(text.rejected);
          }}
          onClose={() => setRejecting(null)}
        />
      )}
    </Card>
  );
}
