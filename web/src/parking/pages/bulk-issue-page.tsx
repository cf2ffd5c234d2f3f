import { Button, Card, Form, Input, Result, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { BulkReport } from '../components/bulk-report';
import { RemainingSpaces } from '../components/remaining-spaces';
import { parseVehicleList } from '../components/vehicle-list';
import { VisitFields, visitOf, type VisitFormFields } from '../components/visit-fields';
import { permitPdfUrl, useIssueBulk, type IssuedPermit } from '../hooks/use-parking';
import { parkingText as text } from '../messages';

type Fields = VisitFormFields & { list: string };

function IssuedList({ permits, onAnother }: { permits: IssuedPermit[]; onAnother: () => void }) {
  return (
    <Result
      status="success"
      title={text.bulkIssued(permits.length)}
      extra={<Button onClick={onAnother}>{text.issueAnother}</Button>}
    >
      <ul style={{ margin: 0 }}>
        {permits.map((permit) => (
          <li key={permit.id}>
            <a href={permitPdfUrl(permit.id)} target="_blank" rel="noopener">
              {`${permit.serial}・${permit.plate}・${permit.visitorName ?? ''}`}
            </a>
          </li>
        ))}
      </ul>
    </Result>
  );
}

/** A meeting's cars from a pasted or uploaded list: all are issued, or none with a report per line. */
export default function BulkIssuePage() {
  const [form] = Form.useForm<Fields>();
  const bulk = useIssueBulk();
  const [issued, setIssued] = useState<IssuedPermit[] | null>(null);
  const list = Form.useWatch('list', form) ?? '';
  const vehicles = parseVehicleList(list);

  async function onFinish({ list: pasted, ...visit }: Fields) {
    try {
      const result = await bulk.mutateAsync({ ...visitOf(visit), vehicles: parseVehicleList(pasted) });
      setIssued(result.permits);
    } catch {
      // The report below the form shows why, line by line.
    }
  }

  if (issued)
    return (
      <IssuedList
        permits={issued}
        onAnother={() => {
          form.resetFields(['list']);
          bulk.reset();
          setIssued(null);
        }}
      />
    );
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.bulkTitle}
      </Typography.Title>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ validFrom: dayjs(), validTo: dayjs(), list: '' }}
        disabled={bulk.isPending}
      >
        <VisitFields />
        <Form.Item
          label={text.bulkList}
          name="list"
          extra={text.bulkHelp}
          rules={[{ required: true, whitespace: true, message: text.bulkListRequired }]}
        >
          <Input.TextArea rows={8} placeholder="ABC-1235, 汽車, 林大華, 0912-345-678" />
        </Form.Item>
        <Form.Item>
          <Upload
            accept=".csv,.txt,text/csv,text/plain"
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((content) => form.setFieldValue('list', content));
              return false;
            }}
          >
            <Button>{text.bulkUpload}</Button>
          </Upload>
        </Form.Item>
        <Form.Item>
          <RemainingSpaces needed={Math.max(vehicles.length, 1)} />
        </Form.Item>
        {bulk.isError && (
          <Form.Item>
            <BulkReport error={bulk.error} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={bulk.isPending}>
          {`${text.bulkSubmit}（${vehicles.length}）`}
        </Button>
      </Form>
    </Card>
  );
}
