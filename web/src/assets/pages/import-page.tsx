import { Alert, Button, Card, Form, Result, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../common/api/client';
import { errorText } from '../../common/errors/error-text';
import { toAttachment } from '../../common/files/to-attachment';
import { ImportProblems } from '../components/import-problems';
import { type ImportReport, useAgencies, useImportRegister, usePreviewImport } from '../hooks/use-asset-import';
import { importText as text } from '../import-messages';

interface Fields {
  custodianAgencyId: string;
}

/** The line-by-line report of a refused import, carried in the 422's details. */
function refusedReport(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError) || error.body.code !== 'import.refused') return null;
  return error.body.details as unknown as ImportReport;
}

function PreviewOutcome({
  report,
  onConfirm,
  pending,
}: {
  report: ImportReport;
  onConfirm: () => void;
  pending: boolean;
}) {
  if (report.problems.length)
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="error" showIcon title={text.problemsFound(report.problems.length, report.lines)} />
        <ImportProblems problems={report.problems} />
      </Space>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="success" showIcon title={text.cleanPreview(report.lines)} />
      <Button type="primary" onClick={onConfirm} loading={pending}>
        {text.confirm(report.lines)}
      </Button>
    </Space>
  );
}

/** An office's existing register: upload, a preview of every line's problems, then all or nothing. */
export default function ImportPage() {
  const [form] = Form.useForm<Fields>();
  const [file, setFile] = useState<File | null>(null);
  const agencies = useAgencies();
  const preview = usePreviewImport();
  const register = useImportRegister();
  const refused = refusedReport(register.error);

  async function upload(custodianAgencyId: string) {
    const { fileName, dataBase64 } = await toAttachment(file!);
    return { fileName, dataBase64, custodianAgencyId };
  }
  async function onPreview({ custodianAgencyId }: Fields) {
    register.reset();
    preview.mutate(await upload(custodianAgencyId));
  }
  async function onConfirm() {
    register.mutate(await upload(form.getFieldValue('custodianAgencyId') as string));
  }
  function again() {
    preview.reset();
    register.reset();
    setFile(null);
  }

  if (register.data)
    return (
      <Result
        status="success"
        title={text.imported(register.data.lines)}
        extra={[
          <Link key="register" to="/property">
            {text.toRegister}
          </Link>,
          <Button key="again" onClick={again}>
            {text.another}
          </Button>,
        ]}
      />
    );
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.title}
      </Typography.Title>
      <Typography.Paragraph>{text.help}</Typography.Paragraph>
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={onPreview}
        disabled={preview.isPending || register.isPending}
      >
        <Form.Item
          name="custodianAgencyId"
          label={text.agency}
          rules={[{ required: true, message: text.agencyRequired }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={agencies.isPending}
            options={agencies.data?.items.map((agency) => ({ value: agency.id, label: agency.name }))}
          />
        </Form.Item>
        <Form.Item label={text.file} required>
          <Upload
            accept=".csv,.xlsx"
            maxCount={1}
            fileList={file ? [{ uid: '1', name: file.name }] : []}
            onRemove={() => setFile(null)}
            beforeUpload={(chosen) => {
              setFile(chosen);
              preview.reset();
              register.reset();
              return false;
            }}
          >
            <Button>{text.chooseFile}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!file} loading={preview.isPending}>
          {text.preview}
        </Button>
      </Form>
      <div style={{ marginTop: 24 }}>
        {preview.isError && <Alert type="error" title={errorText(preview.error)} />}
        {refused && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert type="error" showIcon title={text.refused} />
            <ImportProblems problems={refused.problems} />
          </Space>
        )}
        {register.isError && !refused && <Alert type="error" title={errorText(register.error)} />}
        {preview.data && !refused && (
          <PreviewOutcome report={preview.data} onConfirm={() => void onConfirm()} pending={register.isPending} />
        )}
      </div>
    </Card>
  );
}
