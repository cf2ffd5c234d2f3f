import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Form, Input, Select, Space, Tag, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { FormDatePicker } from '../../common/dates/form-date-picker';
import { formatRocDate } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { toAttachment } from '../../common/files/to-attachment';
import { ErrorState, LoadingState } from '../../common/states/states';
import { isoDay } from '../components/family-forms';
import { optionsOf } from '../components/labels';
import { familyText as text } from '../family-text';
import {
  type LawsuitDetail,
  useAddHearing,
  useAddLawsuitDocument,
  useLawsuit,
  useUpdateLawsuit,
} from '../hooks/use-family-dormitories';

/** One lawsuit: its case, hearings and court documents, with forms to record a hearing, a stage or the outcome. */
export default function LawsuitPage() {
  const { id = '' } = useParams();
  const lawsuit = useLawsuit(id);
  if (lawsuit.isPending) return <LoadingState />;
  if (lawsuit.isError) return <ErrorState error={lawsuit.error} onRetry={() => void lawsuit.refetch()} />;
  const data = lawsuit.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to="/dorms/lawsuits">{text.backToLawsuits}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {`${data.court} ${data.caseNumber}`}
      </Typography.Title>
      <Card>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={text.dormitory}>{`${data.dormitoryCode} ${data.dormitoryName}`}</Descriptions.Item>
          <Descriptions.Item label={text.defendantName}>{data.defendantName}</Descriptions.Item>
          <Descriptions.Item label={text.stage}>{text.stages[data.stage]}</Descriptions.Item>
          <Descriptions.Item label={text.filedOn}>{formatRocDate(data.filedOn)}</Descriptions.Item>
          <Descriptions.Item label={text.lawsuitStatus}>
            <Tag color={data.status === 'open' ? 'blue' : 'default'}>{text.lawsuitStatuses[data.status]}</Tag>
          </Descriptions.Item>
          {data.outcome && <Descriptions.Item label={text.outcome}>{data.outcome}</Descriptions.Item>}
          {data.closedOn && <Descriptions.Item label={text.closedOn}>{formatRocDate(data.closedOn)}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={text.hearings}>
        {data.hearings.length ? (
          <ul aria-label={text.hearings} style={{ margin: 0, paddingLeft: 20 }}>
            {data.hearings.map((hearing) => (
              <li key={hearing.id}>
                {`${formatRocDate(hearing.heldOn)}（${text.stages[hearing.stage]}）${hearing.note ?? ''}`}
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{text.noHearings}</Typography.Text>
        )}
        <HearingForm lawsuit={data} />
      </Card>
      <Documents lawsuit={data} />
      {data.status === 'open' && <UpdateForm lawsuit={data} />}
    </Space>
  );
}

function HearingForm({ lawsuit }: { lawsuit: LawsuitDetail }) {
  const [form] = Form.useForm<{ heldOn: Dayjs; note?: string }>();
  const add = useAddHearing();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={text.addHearing}
      style={{ marginTop: 16 }}
      onFinish={({ heldOn, note }) =>
        sendChange(
          add,
          { id: lawsuit.id, heldOn: isoDay(heldOn), note },
          {
            onSuccess: () => {
              void message.success(text.hearingAdded);
              form.resetFields();
            },
            onError: (error) => report(error, form),
          },
        )
      }
    >
      <Form.Item name="heldOn" label={text.heldOn} rules={[{ required: true }]}>
        <FormDatePicker />
      </Form.Item>
      <Form.Item name="note" label={text.note}>
        <Input maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {text.addHearing}
      </Button>
    </Form>
  );
}

function Documents({ lawsuit }: { lawsuit: LawsuitDetail }) {
  const upload = useAddLawsuitDocument();
  const report = useErrorReporter();
  const message = usePageMessage();
  const send = async (file: File) =>
    sendChange(
      upload,
      { id: lawsuit.id, ...(await toAttachment(file)) },
      { onSuccess: () => void message.success(text.documentUploaded), onError: (error) => report(error) },
    );
  return (
    <Card title={text.documents}>
      {lawsuit.documents.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {lawsuit.documents.map((document) => (
            <li key={document.id}>
              <a href={`/dormitory-lawsuit-documents/${document.id}`} download>
                {document.fileName}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">{text.noDocuments}</Typography.Text>
      )}
      <Upload
        accept="application/pdf,image/*"
        showUploadList={false}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginTop: 16 }}>
          {text.uploadDocument}
        </Button>
      </Upload>
    </Card>
  );
}

function UpdateForm({ lawsuit }: { lawsuit: LawsuitDetail }) {
  const [form] = Form.useForm<{ stage?: LawsuitDetail['stage']; outcome?: string; closedOn?: Dayjs }>();
  const update = useUpdateLawsuit();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Card title={text.updateLawsuit}>
      <Form
        form={form}
        layout="vertical"
        aria-label={text.updateLawsuit}
        initialValues={{ stage: lawsuit.stage }}
        onFinish={({ stage, outcome, closedOn }) =>
          sendChange(
            update,
            { id: lawsuit.id, version: lawsuit.version, stage, outcome, closedOn: closedOn && isoDay(closedOn) },
            { onSuccess: () => void message.success(text.lawsuitUpdated), onError: (error) => report(error, form) },
          )
        }
      >
        <Form.Item name="stage" label={text.stage}>
          <Select options={optionsOf(text.stages)} />
        </Form.Item>
        <Form.Item name="outcome" label={text.outcome}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="closedOn" label={text.closedOn}>
          <FormDatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {text.updateLawsuit}
        </Button>
      </Form>
    </Card>
  );
}
