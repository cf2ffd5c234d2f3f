import { Button, Card, Descriptions, Form, Input, Space, Steps, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormDatePicker } from '../../common/dates/form-date-picker';
import { formatRocDate } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState } from '../../common/states/states';
import { FamilyDormitoryField, isoDay } from '../components/family-forms';
import { familyText as text } from '../family-text';
import {
  type Clearance,
  useClearances,
  useRecordClearanceStep,
  useStartClearance,
} from '../hooks/use-family-dormitories';

const STEP_ORDER = ['noticed', 'handed_over', 'demolished', 'land_returned'];
const day = (value: string | null) => (value ? formatRocDate(value) : undefined);

/** Clearance (騰空) of the family dormitories: each one's progress, with its next step as a form. */
export default function ClearancesPage() {
  const clearances = useClearances();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.clearancesTitle}
      </Typography.Title>
      <KeysetView list={clearances} empty={<EmptyState description={text.clearancesEmpty} />}>
        {(items) => items.map((clearance) => <ClearanceCard key={clearance.id} clearance={clearance} />)}
      </KeysetView>
      <StartClearanceForm />
    </Space>
  );
}

function ClearanceCard({ clearance }: { clearance: Clearance }) {
  const dates = [clearance.noticeOn, clearance.handedOverOn, clearance.demolishedOn, clearance.landReturnedOn];
  return (
    <Card title={`${clearance.dormitoryCode} ${clearance.dormitoryName}`} aria-label={clearance.dormitoryName}>
      <Steps
        size="small"
        current={STEP_ORDER.indexOf(clearance.status)}
        items={text.stepTitles.map((title, index) => ({ title, description: day(dates[index]) }))}
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={text.occupantName}>{clearance.occupantName}</Descriptions.Item>
        <Descriptions.Item label={text.noticeDocumentNumber}>{clearance.noticeDocumentNumber}</Descriptions.Item>
        <Descriptions.Item label={text.deadlineOn}>{formatRocDate(clearance.deadlineOn)}</Descriptions.Item>
        {clearance.landReturnDocumentNumber && (
          <Descriptions.Item label={text.documentNumber}>{clearance.landReturnDocumentNumber}</Descriptions.Item>
        )}
      </Descriptions>
      {clearance.nextStep ? (
        <NextStepForm clearance={clearance} step={clearance.nextStep} />
      ) : (
        <Typography.Text type="success">{text.clearanceDone}</Typography.Text>
      )}
    </Card>
  );
}

function NextStepForm({ clearance, step }: { clearance: Clearance; step: string }) {
  const [form] = Form.useForm<{ step: string; on: Dayjs; documentNumber?: string; note?: string }>();
  const record = useRecordClearanceStep();
  const report = useErrorReporter();
  const message = usePageMessage();
  const label = text.steps[step];
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={text.nextStep(label)}
      initialValues={{ step: label }}
      onFinish={(values) =>
        sendChange(
          record,
          {
            id: clearance.id,
            version: clearance.version,
            step: step as Clearance['nextStep'] & string,
            on: isoDay(values.on),
            documentNumber: values.documentNumber,
            note: values.note,
          },
          {
            onSuccess: () => {
              void message.success(text.stepRecorded);
              form.resetFields();
            },
            onError: (error) => report(error, form),
          },
        )
      }
    >
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {text.nextStep(label)}
      </Typography.Title>
      {/* Shown read-only: the API names `step` when it is out of order, and its message shows here. */}
      <Form.Item name="step" label={text.step}>
        <Input readOnly />
      </Form.Item>
      <Form.Item name="on" label={`${label}${text.stepOn}`} rules={[{ required: true }]}>
        <FormDatePicker />
      </Form.Item>
      {step === 'land_return' && (
        <Form.Item name="documentNumber" label={text.documentNumber}>
          <Input maxLength={100} />
        </Form.Item>
      )}
      <Form.Item name="note" label={text.note}>
        <Input maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {`${text.recordStep}${label}`}
      </Button>
    </Form>
  );
}

function StartClearanceForm() {
  const [form] = Form.useForm<{
    dormitoryId: string;
    occupantName: string;
    noticeOn: Dayjs;
    noticeDocumentNumber: string;
    deadlineOn: Dayjs;
  }>();
  const start = useStartClearance();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Card title={text.startClearance}>
      <Form
        form={form}
        layout="vertical"
        aria-label={text.startClearance}
        onFinish={({ noticeOn, deadlineOn, ...rest }) =>
          sendChange(
            start,
            { ...rest, noticeOn: isoDay(noticeOn), deadlineOn: isoDay(deadlineOn) },
            {
              onSuccess: () => {
                void message.success(text.clearanceStarted);
                form.resetFields();
              },
              onError: (error) => report(error, form),
            },
          )
        }
      >
        <FamilyDormitoryField />
        <Form.Item name="occupantName" label={text.occupantName} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="noticeOn" label={text.noticeOn} rules={[{ required: true }]}>
          <FormDatePicker />
        </Form.Item>
        <Form.Item name="noticeDocumentNumber" label={text.noticeDocumentNumber} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="deadlineOn" label={text.deadlineOn} rules={[{ required: true }]}>
          <FormDatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={start.isPending}>
          {text.startClearance}
        </Button>
      </Form>
    </Card>
  );
}
