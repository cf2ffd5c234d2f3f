import { Button, Form, Input, Select, Space, type UploadFile } from 'antd';
import { useState } from 'react';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { toAttachment } from '../../common/files/to-attachment';
import { useTransition, useUploadAttachment, type TicketDetail } from '../hooks/use-tickets';
import { maintenanceText } from '../messages';
import { officeText as text } from '../office-messages';
import { PhotoInput } from './photo-input';
import { TechnicianPicker } from './technician-picker';

type Action = Schemas['TransitionDto']['action'];
type Fields = Pick<
  Schemas['TransitionDto'],
  'reason' | 'holdReason' | 'resolutionNote' | 'assigneeUserId' | 'vendorName'
> & {
  photos?: UploadFile[];
};

/** The office's actions; the requester's (confirm, reopen) live in TicketConfirmation. */
const OFFICE_ACTIONS: readonly Action[] = ['assign', 'start', 'hold', 'resume', 'resolve', 'reject', 'cancel'];
const HOLD_OPTIONS = Object.entries(text.holdReasons).map(([value, label]) => ({ value, label }));

/** What a coordinator or technician may do next with the ticket, each with the fields it needs. */
export function TicketActions({ ticket }: { ticket: TicketDetail }) {
  const actions = ticket.allowedActions.filter((action) => OFFICE_ACTIONS.includes(action));
  const [chosen, setChosen] = useState<Action | null>(null);
  const [form] = Form.useForm<Fields>();
  const transition = useTransition(ticket.id);
  const upload = useUploadAttachment();
  const report = useErrorReporter();
  const message = usePageMessage();
  if (!actions.length) return null;
  const act = async (fields: Fields) => {
    if (!chosen) return;
    try {
      for (const photo of fields.photos ?? [])
        if (photo.originFileObj)
          await upload.mutateAsync({ ticketId: ticket.id, file: await toAttachment(photo.originFileObj) });
      await transition.mutateAsync({ action: chosen, version: ticket.version, ...withoutPhotos(fields) });
      void message.success(text.done(maintenanceText.actions[chosen]));
      form.resetFields();
      setChosen(null);
    } catch (error) {
      report(error, form);
    }
  };
  const busy = transition.isPending || upload.isPending;
  return (
    <Form form={form} layout="vertical" onFinish={(fields) => void act(fields)} disabled={busy}>
      <Space wrap style={{ marginBottom: 16 }}>
        {actions.map((action) => (
          <Button
            key={action}
            type={chosen === action ? 'primary' : 'default'}
            onClick={() => setChosen(action)}
            aria-pressed={chosen === action}
          >
            {maintenanceText.actions[action]}
          </Button>
        ))}
      </Space>
      {chosen && <ActionFields action={chosen} ticket={ticket} />}
      {chosen && (
        <Button type="primary" htmlType="submit" loading={busy} block>
          {maintenanceText.actions[chosen]}
        </Button>
      )}
    </Form>
  );
}

function withoutPhotos({ photos: _photos, ...fields }: Fields): Omit<Fields, 'photos'> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as Omit<Fields, 'photos'>;
}

/** A technician of the ticket's trade, a vendor, or both: at least one of them. */
function AssignFields({ ticket }: { ticket: TicketDetail }) {
  return (
    <>
      <Form.Item label={text.technician} name="assigneeUserId" extra={text.technicianHelp}>
        <TechnicianPicker tradeCode={ticket.tradeCode} />
      </Form.Item>
      <Form.Item
        label={text.vendorName}
        name="vendorName"
        extra={text.vendorHelp}
        dependencies={['assigneeUserId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value?: string) =>
              getFieldValue('assigneeUserId') || value?.trim()
                ? Promise.resolve()
                : Promise.reject(new Error(text.assigneeRequired)),
          }),
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}

function ActionFields({ action, ticket }: { action: Action; ticket: TicketDetail }) {
  if (action === 'assign') return <AssignFields ticket={ticket} />;
  if (action === 'hold')
    return (
      <Form.Item
        label={text.holdReason}
        name="holdReason"
        rules={[{ required: true, message: text.holdReasonRequired }]}
      >
        <Select options={HOLD_OPTIONS} />
      </Form.Item>
    );
  if (action === 'resolve')
    return (
      <>
        <Form.Item
          label={maintenanceText.resolutionNote}
          name="resolutionNote"
          rules={[{ required: true, whitespace: true, message: text.resolutionNoteRequired }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={text.resolvePhoto} name="photos" valuePropName="value">
          <PhotoInput max={3} />
        </Form.Item>
      </>
    );
  if (action === 'reject' || action === 'cancel')
    return (
      <Form.Item
        label={text.reason}
        name="reason"
        rules={[{ required: true, whitespace: true, message: text.reasonRequired }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    );
  return null;
}
