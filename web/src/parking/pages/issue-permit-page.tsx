import { Button, Card, Form, Input, Radio, Result, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { RemainingSpaces } from '../components/remaining-spaces';
import { typedPlate, VEHICLE_TYPE_OPTIONS, type VehicleType } from '../components/vehicle-types';
import { VisitFields, visitOf, type VisitFormFields } from '../components/visit-fields';
import { permitPdfUrl, useIssuePermit, type IssuedPermit } from '../hooks/use-parking';
import { parkingText as text } from '../messages';

type Fields = VisitFormFields & { plate: string; vehicleType: VehicleType; visitorName: string; visitorPhone?: string };

const PHONE = /^[0-9+#()\- ]{6,30}$/;

function Issued({ permit, onAnother }: { permit: IssuedPermit; onAnother: () => void }) {
  return (
    <Result
      status="success"
      title={text.issued(permit.serial)}
      subTitle={text.issuedHint}
      extra={[
        <Button key="print" type="primary" href={permitPdfUrl(permit.id)} target="_blank" rel="noopener">
          {text.print}
        </Button>,
        <Button key="another" onClick={onAnother}>
          {text.issueAnother}
        </Button>,
      ]}
    />
  );
}

/** One visitor's permit in one form; the PDF opens as soon as it is issued. */
export default function IssuePermitPage() {
  const [form] = Form.useForm<Fields>();
  const report = useErrorReporter();
  const issue = useIssuePermit();
  const [issued, setIssued] = useState<IssuedPermit | null>(null);

  async function onFinish({ plate, vehicleType, visitorName, visitorPhone, ...visit }: Fields) {
    try {
      const permit = await issue.mutateAsync({
        ...visitOf(visit),
        plate,
        vehicleType,
        visitorName: visitorName.trim(),
        ...(visitorPhone?.trim() ? { visitorPhone: visitorPhone.trim() } : {}),
      });
      setIssued(permit);
      window.open(permitPdfUrl(permit.id), '_blank', 'noopener');
    } catch (error) {
      report(error, form);
    }
  }

  if (issued)
    return (
      <Issued
        permit={issued}
        onAnother={() => {
          form.resetFields(['plate', 'visitorName', 'visitorPhone']);
          setIssued(null);
        }}
      />
    );
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.issueTitle}
      </Typography.Title>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ vehicleType: 'car', validFrom: dayjs(), validTo: dayjs() }}
        disabled={issue.isPending}
        scrollToFirstError
      >
        <Form.Item
          label={text.plate}
          name="plate"
          extra={text.plateHelp}
          normalize={(value: string) => typedPlate(value)}
          rules={[{ required: true, whitespace: true, message: text.plateRequired }, { max: 20 }]}
        >
          <Input autoComplete="off" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Form.Item label={text.vehicleType} name="vehicleType">
          <Radio.Group optionType="button" options={VEHICLE_TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item
          label={text.visitorName}
          name="visitorName"
          rules={[{ required: true, whitespace: true, message: text.visitorNameRequired }, { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label={text.visitorPhone}
          name="visitorPhone"
          rules={[{ pattern: PHONE, message: text.phoneInvalid }]}
        >
          <Input inputMode="tel" />
        </Form.Item>
        <VisitFields />
        <Form.Item>
          <RemainingSpaces />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={issue.isPending}>
          {text.submitIssue}
        </Button>
      </Form>
    </Card>
  );
}
