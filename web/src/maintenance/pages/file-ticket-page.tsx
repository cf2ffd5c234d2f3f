import { Button, Card, Form, Input, Radio, Result, Select, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { toAttachment } from '../../common/files/to-attachment';
import { LocationPicker } from '../components/location-picker';
import { PhotoInput } from '../components/photo-input';
import { useFileTicket, useTrades, useUploadAttachment, type Ticket } from '../hooks/use-tickets';
import { MAX_PHOTOS, maintenanceText as text } from '../messages';

type Fields = Omit<Schemas['CreateTicketDto'], 'agencyId'> & { photos?: UploadFile[] };

const PHONE = /^[0-9+#()\- ]{6,30}$/;

function Filed({ ticket, onAnother }: { ticket: Ticket; onAnother: () => void }) {
  return (
    <Result
      status="success"
      title={text.filed(ticket.number)}
      subTitle={ticket.title}
      extra={[
        <Link key="view" to={`/repairs/${ticket.id}`}>
          <Button type="primary">{text.viewTicket}</Button>
        </Link>,
        <Button key="another" onClick={onAnother}>
          {text.fileAnother}
        </Button>,
      ]}
    />
  );
}

/** File a repair request: where, what trade, how urgent, what happened, photos. */
export default function FileTicketPage() {
  const [form] = Form.useForm<Fields>();
  const message = usePageMessage();
  const report = useErrorReporter();
  const trades = useTrades();
  const fileTicket = useFileTicket();
  const upload = useUploadAttachment();
  const [filed, setFiled] = useState<Ticket | null>(null);

  async function uploadPhotos(ticketId: string, photos: UploadFile[]) {
    for (const photo of photos) {
      if (!photo.originFileObj) continue;
      try {
        await upload.mutateAsync({ ticketId, file: await toAttachment(photo.originFileObj) });
      } catch {
        void message.warning(text.photoFailed(photo.name));
      }
    }
  }

  async function onFinish({ photos = [], ...fields }: Fields) {
    try {
      const ticket = await fileTicket.mutateAsync(fields);
      await uploadPhotos(ticket.id, photos);
      setFiled(ticket);
    } catch (error) {
      report(error, form);
    }
  }

  if (filed)
    return (
      <Filed
        ticket={filed}
        onAnother={() => {
          form.resetFields();
          setFiled(null);
        }}
      />
    );
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.fileTitle}
      </Typography.Title>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ priority: 'normal' }}
        disabled={fileTicket.isPending || upload.isPending}
        scrollToFirstError
      >
        <Form.Item
          label={text.location}
          name="locationId"
          extra={text.locationHelp}
          rules={[{ required: true, message: text.locationRequired }]}
        >
          <LocationPicker />
        </Form.Item>
        <Form.Item label={text.spotText} name="spotText" extra={text.spotTextHelp} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={text.trade} name="tradeCode" rules={[{ required: true, message: text.tradeRequired }]}>
          <Select
            loading={trades.isPending}
            options={(trades.data ?? [])
              .filter((trade) => trade.active)
              .map((trade) => ({ value: trade.code, label: trade.name }))}
          />
        </Form.Item>
        <Form.Item label={text.priority} name="priority">
          <Radio.Group
            optionType="button"
            options={Object.entries(text.priorities).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          label={text.title}
          name="title"
          rules={[
            { required: true, whitespace: true, message: text.titleRequired },
            { max: 200, message: text.titleTooLong },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label={text.description}
          name="description"
          rules={[{ required: true, whitespace: true, message: text.descriptionRequired }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item
          label={text.contactPhone}
          name="contactPhone"
          rules={[{ pattern: PHONE, message: text.contactPhoneInvalid }]}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item label={text.photos} name="photos" extra={text.photosHelp(MAX_PHOTOS)} valuePropName="value">
          <PhotoInput max={MAX_PHOTOS} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={fileTicket.isPending || upload.isPending}>
          {text.submit}
        </Button>
      </Form>
    </Card>
  );
}
