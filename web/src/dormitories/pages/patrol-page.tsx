import { Button, Card, Checkbox, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { ErrorState, LoadingState } from '../../common/states/states';
import { FindingList } from '../components/finding-list';
import { optionsOf } from '../components/labels';
import { PhotoField } from '../components/photo-field';
import { useAllDormitories, useTrades } from '../hooks/use-dormitories';
import { useAddFinding, usePatrol, useStartPatrol } from '../hooks/use-patrols';
import { dormitoryText as text } from '../messages';

/** A patrol on a phone: pick the dormitory, walk its checklist, record what needs work. */
export default function PatrolPage() {
  const [params, setParams] = useSearchParams();
  const patrolId = params.get('patrol');
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.patrolTitle}
      </Typography.Title>
      {patrolId ? (
        <PatrolChecklist patrolId={patrolId} />
      ) : (
        <StartPatrol onStarted={(id) => setParams({ patrol: id })} />
      )}
    </Card>
  );
}

function StartPatrol({ onStarted }: { onStarted: (patrolId: string) => void }) {
  const dormitories = useAllDormitories();
  const start = useStartPatrol();
  const report = useErrorReporter();
  const message = usePageMessage();
  const [form] = Form.useForm<{ dormitoryId: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ dormitoryId }) =>
        sendChange(start, dormitoryId, {
          onSuccess: (patrol) => {
            void message.success(text.patrolStarted);
            onStarted(patrol.id);
          },
          onError: (error) => report(error, form),
        })
      }
    >
      <Form.Item name="dormitoryId" label={text.dormitory} rules={[{ required: true, message: text.chooseDormitory }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={dormitories.isPending}
          options={dormitories.data?.map((dormitory) => ({
            value: dormitory.id,
            label: `${dormitory.code} ${dormitory.name}`,
          }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={start.isPending} block>
        {text.startPatrol}
      </Button>
    </Form>
  );
}

function PatrolChecklist({ patrolId }: { patrolId: string }) {
  const patrol = usePatrol(patrolId);
  const [item, setItem] = useState<string>();
  if (patrol.isPending) return <LoadingState />;
  if (patrol.isError) return <ErrorState error={patrol.error} onRetry={() => void patrol.refetch()} />;
  const found = new Set(patrol.data.findings.map((finding) => finding.item));
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {text.checklist}
      </Typography.Title>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {text.checklistItems.map((name) => (
          <li
            key={name}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: '8px 0',
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <span style={{ flex: 1 }}>{name}</span>
            <Typography.Text type={found.has(name) ? 'danger' : 'secondary'}>
              {found.has(name) ? text.hasFinding : text.ok}
            </Typography.Text>
            <Button onClick={() => setItem(name)} aria-label={`${text.finding}：${name}`}>
              {text.finding}
            </Button>
          </li>
        ))}
      </ul>
      {item && <FindingForm key={item} patrolId={patrolId} item={item} onDone={() => setItem(undefined)} />}
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 24 }}>
        {text.findings}
      </Typography.Title>
      <FindingList findings={patrol.data.findings} />
    </>
  );
}

interface FindingFields {
  item: string;
  severity: 'low' | 'medium' | 'high';
  note?: string;
  photo?: File;
  needsRepair?: boolean;
  tradeCode?: string;
}

function FindingForm({ patrolId, item, onDone }: { patrolId: string; item: string; onDone: () => void }) {
  const [form] = Form.useForm<FindingFields>();
  const add = useAddFinding(patrolId);
  const trades = useTrades();
  const report = useErrorReporter();
  const message = usePageMessage();
  const needsRepair = Form.useWatch('needsRepair', form);
  const submit = ({ photo, needsRepair: repair, tradeCode, ...finding }: FindingFields) =>
    sendChange(
      add,
      { finding: { ...finding, ...(repair && tradeCode ? { repair: { tradeCode } } : {}) }, photo },
      {
        onSuccess: () => {
          void message.success(text.findingSaved);
          onDone();
        },
        onError: (error) => report(error, form),
      },
    );
  return (
    <section aria-label={text.findingTitle(item)} style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {text.findingTitle(item)}
      </Typography.Title>
      <Form form={form} layout="vertical" initialValues={{ item, severity: 'medium' }} onFinish={submit}>
        <Form.Item name="item" label={text.checklist} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="severity" label={text.severity}>
          <Radio.Group optionType="button" options={optionsOf(text.severities)} />
        </Form.Item>
        <Form.Item name="note" label={text.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="photo" label={text.photo}>
          <PhotoField />
        </Form.Item>
        <Form.Item name="needsRepair" valuePropName="checked">
          <Checkbox>{text.needsRepair}</Checkbox>
        </Form.Item>
        {needsRepair && (
          <Form.Item name="tradeCode" label={text.trade} rules={[{ required: true }]}>
            <Select
              loading={trades.isPending}
              options={trades.data?.map((trade) => ({ value: trade.code, label: trade.name }))}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={add.isPending} block>
          {text.saveFinding}
        </Button>
      </Form>
    </section>
  );
}
