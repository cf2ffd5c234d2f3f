import { Alert, Button, Card, Form, Input, List, Progress, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { KeysetView } from '../../common/lists/keyset-table';
import { EmptyState, ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { DiscrepancyReport } from '../components/discrepancy-report';
import { LineActions } from '../components/line-actions';
import { QrScanner } from '../components/qr-scanner';
import { SurplusForm } from '../components/surplus-form';
import { discrepancyText } from '../discrepancy-messages';
import { findLine, useCloseStocktake, useRecordLine, useStocktake, useUnrecordedLines } from '../hooks/use-assets';
import { assetsText as text } from '../messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stocktake on a phone: type or scan a number to record it found, settle the rest, close. */
export default function StocktakePage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundState />;
  return <Stocktake id={id} />;
}

function Stocktake({ id }: { id: string }) {
  const stocktake = useStocktake(id);
  const pending = useUnrecordedLines(id);
  const close = useCloseStocktake(id);
  const report = useErrorReporter();
  if (stocktake.isPending) return <LoadingState />;
  if (stocktake.isError) return <ErrorState error={stocktake.error} onRetry={() => void stocktake.refetch()} />;
  const data = stocktake.data;
  const left = pending.items.length + (pending.hasNextPage ? 1 : 0);
  const done = data.lineCount - left;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {text.stocktakeTitle(data.rocYear)}
        </Typography.Title>
        <Typography.Text>{text.progress}</Typography.Text>
        <Progress
          aria-label={text.progress}
          // Not antd's green "success" look at 100%: its text fails the contrast check.
          status="normal"
          percent={data.lineCount ? Math.round((done / data.lineCount) * 100) : 100}
          format={() => `${done} / ${data.lineCount}`}
        />
        {data.status === 'closed' ? <Alert type="success" title={text.closed} /> : <TypeNumber stocktakeId={id} />}
      </Card>
      {data.status === 'open' && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {text.unrecorded}
            </Typography.Title>
          }
        >
          <KeysetView list={pending} empty={<EmptyState description="全部財產都已盤點。" />}>
            {(lines) => (
              <List
                dataSource={lines}
                renderItem={(line) => (
                  <List.Item key={line.id}>
                    <Space orientation="vertical" style={{ width: '100%' }}>
                      <Typography.Text strong>
                        {line.asset.propertyNumber} {line.asset.name}
                      </Typography.Text>
                      <LineActions stocktakeId={id} line={line} />
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </KeysetView>
          <Button
            type="primary"
            style={{ marginTop: 16 }}
            loading={close.isPending}
            onClick={() => close.mutate(undefined, { onError: (error) => report(error) })}
          >
            {text.close}
          </Button>
        </Card>
      )}
      {data.status === 'open' && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {discrepancyText.surplusTitle}
            </Typography.Title>
          }
        >
          <SurplusForm stocktakeId={id} />
        </Card>
      )}
      <DiscrepancyReport stocktakeId={id} />
    </Space>
  );
}

/** Typing always works; the camera is offered where the browser can read QR codes. */
function TypeNumber({ stocktakeId }: { stocktakeId: string }) {
  const [form] = Form.useForm<{ propertyNumber: string }>();
  const record = useRecordLine(stocktakeId);
  const report = useErrorReporter();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const markFound = useCallback(
    async (typed: string) => {
      const propertyNumber = typed.trim().split('/').pop() ?? '';
      const line = await findLine(stocktakeId, propertyNumber).catch((error: unknown) => {
        report(error);
        return undefined;
      });
      if (line === undefined) return;
      if (!line) return setOutcome({ ok: false, message: text.noSuchLine });
      record.mutate(
        { assetId: line.assetId, result: 'found' },
        {
          onSuccess: () => {
            setOutcome({ ok: true, message: text.recorded(`${propertyNumber} ${line.asset.name}`) });
            form.resetFields();
          },
          onError: (error) => report(error, form),
        },
      );
    },
    [stocktakeId, record, report, form],
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="vertical" onFinish={(values) => void markFound(values.propertyNumber)}>
        <Form.Item
          name="propertyNumber"
          label={text.typeNumber}
          extra={text.typeHint}
          rules={[{ required: true, message: '請輸入財產編號。' }]}
        >
          <Input inputMode="text" autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {text.markFound}
        </Button>
      </Form>
      <QrScanner onCode={(code) => void markFound(code)} />
      {outcome && <Alert type={outcome.ok ? 'success' : 'warning'} title={outcome.message} role="status" />}
    </Space>
  );
}
