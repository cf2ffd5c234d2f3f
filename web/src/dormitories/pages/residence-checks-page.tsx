import { Button, Card, Form, Input, Progress, Radio, Tag, Typography } from 'antd';
import { formatRocDate, todayIsoInTaipei } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { optionsOf } from '../components/labels';
import { PhotoField } from '../components/photo-field';
import {
  type Campaign,
  type Check,
  useCurrentCampaign,
  useOpenCampaign,
  useRecordCheck,
} from '../hooks/use-residence-checks';
import { dormitoryText as text } from '../messages';

/** Residence fact verification (居住事實查考) on a phone: the current campaign as a checklist. */
export default function ResidenceChecksPage() {
  const campaign = useCurrentCampaign();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.checksTitle}
      </Typography.Title>
      {campaign.isPending ? (
        <LoadingState />
      ) : campaign.isError ? (
        <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
      ) : campaign.data ? (
        <CampaignChecklist campaign={campaign.data} />
      ) : (
        <EmptyState description={text.noCampaign} action={<OpenCampaignButton />} />
      )}
    </Card>
  );
}

function OpenCampaignButton() {
  const open = useOpenCampaign();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Button
      type="primary"
      loading={open.isPending}
      onClick={() =>
        sendChange(open, undefined, {
          onSuccess: () => void message.success(text.campaignOpened),
          onError: (error) => report(error),
        })
      }
    >
      {text.openCampaign}
    </Button>
  );
}

function CampaignChecklist({ campaign }: { campaign: Campaign }) {
  const pending = campaign.checks.filter((check) => !check.outcome);
  const done = campaign.checks.length - pending.length;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.campaign(campaign.code)}
      </Typography.Title>
      <Progress
        percent={Math.round((done / Math.max(campaign.checks.length, 1)) * 100)}
        aria-label={text.progress(done, campaign.checks.length)}
      />
      <Typography.Paragraph>
        {campaign.completedAt ? text.campaignDone : text.progress(done, campaign.checks.length)}
      </Typography.Paragraph>
      {pending.map((check) => (
        <CheckForm key={check.id} campaignId={campaign.id} check={check} />
      ))}
      <Results campaign={campaign} />
    </>
  );
}

interface CheckFields {
  outcome: Check['outcome'] & string;
  note?: string;
  photo?: File;
}

function CheckForm({ campaignId, check }: { campaignId: string; check: Check }) {
  const [form] = Form.useForm<CheckFields>();
  const record = useRecordCheck(campaignId);
  const report = useErrorReporter();
  const message = usePageMessage();
  const who = check.assignment?.occupantName ?? '';
  return (
    <section aria-label={`${text.pending}：${who}`} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {who} <Tag>{text.pending}</Tag>
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ outcome, note, photo }) =>
          sendChange(
            record,
            {
              checkId: check.id,
              version: check.version,
              outcome,
              note,
              photo,
              checkedOn: todayIsoInTaipei(),
            },
            { onSuccess: () => void message.success(text.checkRecorded), onError: (error) => report(error, form) },
          )
        }
      >
        <Form.Item name="outcome" label={text.outcome} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={optionsOf(text.outcomes)} />
        </Form.Item>
        <Form.Item name="note" label={text.note}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="photo" label={text.photo}>
          <PhotoField />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending} block>
          {text.recordCheck}
        </Button>
      </Form>
    </section>
  );
}

function Results({ campaign }: { campaign: Campaign }) {
  const recorded = campaign.checks.filter((check) => check.outcome);
  if (!recorded.length) return null;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {`${text.results}（${campaign.code}）`}
      </Typography.Title>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {recorded.map((check) => (
          <li key={check.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <strong>{check.assignment?.occupantName}</strong> {text.outcomes[check.outcome!]}
            {check.checkedOn && ` ・${formatRocDate(check.checkedOn)}`}
            {` ・${text.photos(check.photos.length)}`}
          </li>
        ))}
      </ul>
    </>
  );
}
