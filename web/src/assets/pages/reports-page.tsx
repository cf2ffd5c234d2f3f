import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { inTaipei, rocYearOf } from '../../common/dates/roc-date';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { useSession } from '../../common/session/session';
import { type StatutoryQuery, useAgencies, useStatutoryReportDownload } from '../hooks/use-asset-files';
import { REPORT_LABELS, reportsText as text } from '../report-messages';

type PeriodKind = keyof typeof text.periodKinds;

interface ReportForm {
  report: StatutoryQuery['report'];
  agencyId: string;
  kind: PeriodKind;
  rocYear: number;
  month: number;
  from?: Dayjs;
  to?: Dayjs;
}

const REPORTS = Object.entries(REPORT_LABELS).map(([value, label]) => ({ value, label }));
const KINDS = (Object.keys(text.periodKinds) as PeriodKind[]).map((value) => ({
  value,
  label: text.periodKinds[value],
}));
const MONTHS = Array.from({ length: 12 }, (_, index) => ({ value: index + 1, label: `${index + 1}月` }));

/** The chosen period as the API's `from`..`to` (both days included), or null while a span lacks a day. */
function periodOf(values: ReportForm): { from: string; to: string } | null {
  if (values.kind === 'range') {
    if (!values.from || !values.to) return null;
    return { from: values.from.format('YYYY-MM-DD'), to: values.to.format('YYYY-MM-DD') };
  }
  const year = values.rocYear + 1911;
  const first = values.kind === 'year' ? dayjs(`${year}-01-01`) : dayjs(`${year}-${values.month}-01`);
  const last = first.endOf(values.kind === 'year' ? 'year' : 'month');
  return { from: first.format('YYYY-MM-DD'), to: last.format('YYYY-MM-DD') };
}

/** The statutory property reports (財產增減表 and the others) for an agency and a period, as Excel or PDF. */
export default function ReportsPage() {
  const [form] = Form.useForm<ReportForm>();
  const user = useSession().data;
  const agencies = useAgencies().data?.items ?? [];
  const download = useStatutoryReportDownload();
  const report = useErrorReporter();
  const message = usePageMessage();
  const kind = Form.useWatch('kind', form) ?? 'year';
  const thisYear = rocYearOf(inTaipei(new Date()));

  const submit = (format: StatutoryQuery['format']) =>
    form.validateFields().then((values) => {
      const period = periodOf(values);
      if (!period) return;
      const name = `${REPORT_LABELS[values.report]}_${period.from}_${period.to}.${format}`;
      sendChange(
        download,
        { query: { report: values.report, agencyId: values.agencyId, ...period, format }, fileName: name },
        {
          onSuccess: () => void message.success(text.downloaded(name)),
          onError: (error) => report(error, form),
        },
      );
    });

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.reportsTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text.reportsIntro}</Typography.Paragraph>
      <Form<ReportForm>
        form={form}
        layout="vertical"
        initialValues={{ report: 'property-changes', kind: 'year', rocYear: thisYear, month: 1 }}
        style={{ maxWidth: 640 }}
      >
        <Form.Item name="report" label={text.report} rules={[{ required: true }]}>
          <Select options={REPORTS} />
        </Form.Item>
        <Form.Item name="agencyId" label={text.agency} rules={[{ required: true }]} initialValue={user?.agencyId}>
          <Select
            showSearch
            optionFilterProp="label"
            options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={text.periodKind}>
          <Segmented<PeriodKind> options={KINDS} />
        </Form.Item>
        <Space wrap align="start">
          {kind !== 'range' ? (
            <Form.Item name="rocYear" label={text.rocYear} rules={[{ required: true }]}>
              <InputNumber min={1} max={thisYear} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="from" label={text.from} rules={[{ required: true }]}>
                <RocDatePicker />
              </Form.Item>
              <Form.Item name="to" label={text.to} rules={[{ required: true }]}>
                <RocDatePicker />
              </Form.Item>
            </>
          )}
          {kind === 'month' && (
            <Form.Item name="month" label={text.month}>
              <Select options={MONTHS} style={{ minWidth: 90 }} />
            </Form.Item>
          )}
        </Space>
        <Space wrap style={{ display: 'flex' }}>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={download.isPending}
            onClick={() => void submit('xlsx')}
          >
            {text.downloadXlsx}
          </Button>
          <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => void submit('pdf')}>
            {text.downloadPdf}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
