import { CameraOutlined } from '@ant-design/icons';
import { Button, List, Upload } from 'antd';
import { formatRocDateTime } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { toAttachment } from '../../common/files/to-attachment';
import { useUploadAttachment, type TicketDetail } from '../hooks/use-tickets';
import { maintenanceText as text } from '../messages';

/** The ticket's files, each a download link, and a button that adds a photo (the camera on a phone). */
export function TicketAttachments({ ticket }: { ticket: TicketDetail }) {
  const upload = useUploadAttachment();
  const report = useErrorReporter();
  return (
    <>
      <List
        dataSource={ticket.attachments}
        rowKey="id"
        locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>尚無附件。</span> }}
        renderItem={(attachment) => (
          <List.Item>
            <a href={`/maintenance/tickets/${ticket.id}/attachments/${attachment.id}`} download>
              {attachment.fileName}
            </a>
            <span>{formatRocDateTime(attachment.createdAt)}</span>
          </List.Item>
        )}
      />
      <Upload
        accept="image/*"
        capture="environment"
        showUploadList={false}
        beforeUpload={(file) => {
          void toAttachment(file).then((content) =>
            upload.mutate({ ticketId: ticket.id, file: content }, { onError: (error) => report(error) }),
          );
          return false;
        }}
      >
        <Button icon={<CameraOutlined />} loading={upload.isPending}>
          {text.uploadPhoto}
        </Button>
      </Upload>
    </>
  );
}
