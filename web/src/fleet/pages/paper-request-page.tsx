import { Button, Card, Form, Input, Select, Typography } from 'antd';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { ErrorState, LoadingState } from '../../common/states/states';
import { WINDOW_FIELDS_SHOWN_AT } from '../components/booking-window-fields';
import { ContactPhoneField } from '../components/contact-phone-field';
import { TRIP_DEFAULTS, tripRequest, TripRequestFields, type TripFields } from '../components/trip-request-fields';
import { dispatchText as text } from '../dispatch-text';
import { useAgencies, usePaperBooking } from '../hooks/use-dispatch';

type Fields = TripFields & Pick<Schemas['CreatePaperBookingDto'], 'agencyId' | 'requesterName' | 'contactPhone'>;

/** A car request filed on paper (書面申請): the dispatcher types in the agency, the requester and the trip. */
export default function PaperRequestPage() {
  const [form] = Form.useForm<Fields>();
  const report = useErrorReporter();
  const message = usePageMessage();
  const agencies = useAgencies();
  const enter = usePaperBooking();
  if (agencies.error) return <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (!agencies.data) return <LoadingState />;

  async function onFinish({ agencyId, requesterName, contactPhone, ...trip }: Fields) {
    try {
      await enter.mutateAsync({ ...tripRequest(trip), agencyId, requesterName: requesterName.trim(), contactPhone });
      void message.success(text.paperEntered);
      form.resetFields();
    } catch (error) {
      report(error, form, WINDOW_FIELDS_SHOWN_AT);
    }
  }

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.paperTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text.paperHelp}</Typography.Paragraph>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={TRIP_DEFAULTS}
        disabled={enter.isPending}
        scrollToFirstError
      >
        <Form.Item
          label={text.paperAgency}
          name="agencyId"
          rules={[{ required: true, message: text.paperAgencyRequired }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={agencies.data.items.map((agency) => ({ value: agency.id, label: agency.name }))}
          />
        </Form.Item>
        <Form.Item
          label={text.paperRequester}
          name="requesterName"
          rules={[{ required: true, whitespace: true, message: text.paperRequesterRequired }, { max: 100 }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <ContactPhoneField label={text.paperPhone} />
        <TripRequestFields />
        <Button type="primary" htmlType="submit" block loading={enter.isPending}>
          {text.paperSubmit}
        </Button>
      </Form>
    </Card>
  );
}
