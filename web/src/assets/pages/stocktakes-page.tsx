import { Button, Card, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { inTaipei, rocYearOf } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { KeysetTable } from '../../common/lists/keyset-table';
import { locationNames } from '../components/locations';
import { useLocationTree, useOpenStocktake, useStocktakeList } from '../hooks/use-assets';
import { assetsText as text } from '../messages';

interface OpenForm {
  rocYear: number;
  siteId: string;
}

/** The stocktakes, newest first, and opening this year's for a center. */
export default function StocktakesPage() {
  const list = useStocktakeList();
  const tree = useLocationTree().data;
  const names = locationNames(tree);
  const open = useOpenStocktake();
  const report = useErrorReporter();
  const navigate = useNavigate();
  const [form] = Form.useForm<OpenForm>();
  const submit = (values: OpenForm) =>
    open.mutate(
      { scope: 'center', ...values },
      {
        onSuccess: (stocktake) => void navigate(`/property/stocktakes/${stocktake.id}`),
        onError: (error) => report(error, form),
      },
    );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text.stocktakesTitle}
        </Typography.Title>
        <Form
          form={form}
          layout="inline"
          onFinish={submit}
          initialValues={{ rocYear: rocYearOf(inTaipei(new Date())) }}
        >
          <Form.Item name="rocYear" label={text.rocYear} rules={[{ required: true }]}>
            <InputNumber min={1} max={999} />
          </Form.Item>
          <Form.Item name="siteId" label={text.center} rules={[{ required: true, message: '請選擇行政中心。' }]}>
            <Select
              style={{ width: 200 }}
              options={(tree ?? []).map((site) => ({ value: site.id, label: site.name }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={open.isPending}>
            {text.openStocktake}
          </Button>
        </Form>
      </Card>
      <Card>
        <KeysetTable
          list={list}
          emptyText={text.stocktakesEmpty}
          columns={[
            {
              title: text.rocYear,
              dataIndex: 'rocYear',
              render: (year: number, stocktake) => (
                <Link to={`/property/stocktakes/${stocktake.id}`}>{text.stocktakeTitle(year)}</Link>
              ),
            },
            { title: text.center, key: 'site', render: (_, stocktake) => names.get(stocktake.siteId ?? '') ?? '' },
            { title: text.progress, dataIndex: 'lineCount' },
            {
              title: text.status,
              dataIndex: 'status',
              render: (status: string) => (
                <Tag color={status === 'open' ? 'processing' : 'default'}>
                  {status === 'open' ? text.open : text.done}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
