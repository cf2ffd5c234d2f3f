import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormDatePicker } from '../../common/dates/form-date-picker';
import { formatRocDate } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { KeysetTable } from '../../common/lists/keyset-table';
import { FamilyDormitoryField, isoDay } from '../components/family-forms';
import { optionsOf } from '../components/labels';
import { familyText as text } from '../family-text';
import { type Loan, useCreateLoan, useLoans } from '../hooks/use-family-dormitories';

/** Family dormitories' vacant land or houses lent to other agencies, with their terms. */
export default function LoansPage() {
  const loans = useLoans();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.loansTitle}
      </Typography.Title>
      <KeysetTable<Loan>
        list={loans}
        emptyText={text.loansEmpty}
        scroll={{ x: true }}
        columns={[
          { title: text.dormitory, render: (_, loan) => `${loan.dormitoryCode} ${loan.dormitoryName}` },
          { title: text.propertyKind, render: (_, loan) => text.propertyKinds[loan.propertyKind] },
          { title: text.borrowerAgency, dataIndex: 'borrowerAgency' },
          { title: text.purpose, dataIndex: 'purpose' },
          {
            title: `${text.startsOn}－${text.endsOn}`,
            render: (_, loan) => `${formatRocDate(loan.startsOn)}－${formatRocDate(loan.endsOn)}`,
          },
        ]}
      />
      <LoanForm />
    </Space>
  );
}

function LoanForm() {
  const [form] = Form.useForm<{
    dormitoryId: string;
    propertyKind: 'land' | 'house';
    borrowerAgency: string;
    purpose: string;
    startsOn: Dayjs;
    endsOn: Dayjs;
    documentNumber?: string;
  }>();
  const create = useCreateLoan();
  const report = useErrorReporter();
  const message = usePageMessage();
  return (
    <Card title={text.createLoan}>
      <Form
        form={form}
        layout="vertical"
        aria-label={text.createLoan}
        onFinish={({ startsOn, endsOn, ...rest }) =>
          sendChange(
            create,
            { ...rest, startsOn: isoDay(startsOn), endsOn: isoDay(endsOn) },
            {
              onSuccess: () => {
                void message.success(text.loanCreated);
                form.resetFields();
              },
              onError: (error) => report(error, form),
            },
          )
        }
      >
        <FamilyDormitoryField />
        <Form.Item name="propertyKind" label={text.propertyKind} rules={[{ required: true }]}>
          <Select options={optionsOf(text.propertyKinds)} />
        </Form.Item>
        <Form.Item name="borrowerAgency" label={text.borrowerAgency} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="purpose" label={text.purpose} rules={[{ required: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="startsOn" label={text.startsOn} rules={[{ required: true }]}>
          <FormDatePicker />
        </Form.Item>
        <Form.Item name="endsOn" label={text.endsOn} rules={[{ required: true }]}>
          <FormDatePicker />
        </Form.Item>
        <Form.Item name="documentNumber" label={text.loanDocumentNumber}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {text.createLoan}
        </Button>
      </Form>
    </Card>
  );
}
