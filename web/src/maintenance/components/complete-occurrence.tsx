import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Radio, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { inTaipei } from '../../common/dates/roc-date';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { toAttachment } from '../../common/files/to-attachment';
import { useCompleteOccurrence, type Occurrence } from '../hooks/use-obligations';
import { obligationText as text } from '../obligation-messages';

interface Fields {
  certificate: UploadFile[];
  completedOn: Dayjs;
  result: 'passed' | 'failed';
  failedItems?: string;
  note?: string;
}

const RESULT_OPTIONS = Object.entries(text.results).map(([value, label]) => ({ value, label }));

function linesOf(text?: string): string[] | undefined {
  const lines = text
    ?.split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines?.length ? lines : undefined;
}

/** The coordinator uploads this time's certificate and completes the due date; failed items open tickets. */
export function CompleteOccurrence({ occurrence }: { occurrence: Occurrence }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Fields>();
  const complete = useCompleteOccurrence();
  const report = useErrorReporter();
  const message = usePageMessage();
  const result = Form.useWatch('result', form);
  const send = async (fields: Fields) => {
    try {
      const done = await complete.mutateAsync({
        occurrence,
        certificate: await toAttachment(fields.certificate[0].originFileObj!),
        fields: {
          completedOn: fields.completedOn.format('YYYY-MM-DD'),
          result: fields.result,
          failedItems: fields.result === 'failed' ? linesOf(fields.failedItems) : undefined,
          note: fields.note?.trim() || undefined,
        },
      });
      void message.success(text.completed(done.findings.length));
      setOpen(false);
    } catch (error) {
      report(error, form);
    }
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{text.complete}</Button>
      <Modal
        open={open}
        title={text.completeTitle(occurrence.title)}
        onCancel={() => setOpen(false)}
        okText={text.complete}
        cancelText={text.cancel}
        onOk={() => form.submit()}
        confirmLoading={complete.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(fields) => void send(fields)}
          disabled={complete.isPending}
          initialValues={{ completedOn: inTaipei(new Date()).startOf('day'), result: 'passed' }}
        >
          <Form.Item
            label={text.certificateFile}
            name="certificate"
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
            rules={[{ required: true, message: text.certificateRequired }]}
          >
            <Upload accept="application/pdf,image/*" maxCount={1} beforeUpload={() => false}>
              <Button icon={<UploadOutlined />}>{text.chooseFile}</Button>
            </Upload>
          </Form.Item>
          <Form.Item
            label={text.completedOn}
            name="completedOn"
            rules={[{ required: true, message: text.completedOnRequired }]}
          >
            <RocDatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={text.result} name="result" rules={[{ required: true, message: text.resultRequired }]}>
            <Radio.Group options={RESULT_OPTIONS} />
          </Form.Item>
          {result === 'failed' && (
            <Form.Item
              label={text.failedItems}
              name="failedItems"
              rules={[{ required: true, whitespace: true, message: text.failedItemsRequired }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          <Form.Item label={text.note} name="note">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
