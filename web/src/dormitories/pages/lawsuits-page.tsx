import { Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { FormDatePicker } from '../../common/dates/form-date-picker';
import { formatRocDate } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { KeysetTable } from '../../common/lists/keyset-table';
import { FamilyDormitoryField, isoDay } from '../components/family-forms';
import { familyText as text } from '../family-text';
import { type Lawsuit, useCreateLawsuit, useLawsuits } from '../hooks/use-family-dormitories';

/** Lawsuits to recover family dormitories from occupants without right. */
export default function LawsuitsPage() {
  const lawsuits = useLawsuits();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.lawsuitsTitle}
      </Typography.Title>
      <KeysetTable<Lawsuit>
        list={lawsuits}
        emptyText={text.lawsuitsEmpty}
        scroll={{ x: true }}
        columns={[
          {
            title: text.caseNumber,
            render: (_, lawsuit) => <Link to={`/dorms/lawsuits/${lawsuit.id}`}>{lawsuit.caseNumber}</Link>,
          },
          { title: text.court, dataIndex: 'court' },
          { title: text.dormitory, render: (_, lawsuit) => `${lawsuit.dormitoryCode} ${lawsuit.dormitoryName}` },
          { title: text.defendantName, dataIndex: 'defendantName' },
          { title: text.stage, render: (_, lawsuit) => text.stages[lawsuit.stage] },
          {
            title: text.lawsuitStatus,
            render: (_, lawsuit) => (
              <Tag color={lawsuit.status === 'open' ? 'blue' : 'default'}>{text.lawsuitStatuses[lawsuit.status]}</Tag>
            ),
          },
          { title: text.filedOn, render: (_, lawsuit) => formatRocDate(lawsuit.filedOn) },
        ]}
      />
      <CreateLawsuitForm />
    </Space>
  );
}

function CreateLawsuitForm() {
  const [form] = Form.useForm<{
    dormitoryId: string;
    caseNumber: string;
    court: string;
    defendantName: string;
    filedOn: Dayjs;
  }>();
  const create = useCreateLawsuit();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Card title={text.createLawsuit}>
      <Form
        form={form}
        layout="vertical"
        aria-label={text.createLawsuit}
        onFinish={({ filedOn, ...rest }) =>
          sendChange(
            create,
            { ...rest, filedOn: isoDay(filedOn) },
            {
              onSuccess: () => {
                void message.success(text.lawsuitCreated);
                form.resetFields();
              },
              onError: (error) => report(error, form),
            },
          )
        }
      >
        <FamilyDormitoryField />
        <Form.Item name="court" label={text.court} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="caseNumber" label={text.caseNumber} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="defendantName" label={text.defendantName} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="filedOn" label={text.filedOn} rules={[{ required: true }]}>
          <FormDatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {text.createLawsuit}
        </Button>
      </Form>
    </Card>
  );
}
