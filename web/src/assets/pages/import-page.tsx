import { Alert, Button, Card, Form, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../common/errors/error-text';
import { ImportFileButton } from '../../common/import/import-file-button';
import { importFileOf, refusedReport } from '../../common/import/import-report';
import { ImportReportPanel } from '../../common/import/import-report-panel';
import { importReportText } from '../../common/import/import-text';
import { type ImportReport, useAgencies, useImportRegister, usePreviewImport } from '../hooks/use-asset-import';
import { importText as text } from '../import-messages';

interface Fields {
  custodianAgencyId: string;
}

/** An office's existing register: upload, a preview of every line's problems, then all or nothing. */
export default function ImportPage() {
  const [form] = Form.useForm<Fields>();
  const [file, setFile] = useState<File | null>(null);
  const agencies = useAgencies();
  const preview = usePreviewImport();
  const register = useImportRegister();
  const report = refusedReport<ImportReport>(register.error) ?? preview.data;

  async function upload(custodianAgencyId: string) {
    return { ...(await importFileOf(file!)), custodianAgencyId };
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
          <ImportFileButton
            file={file}
            onChoose={(chosen) => {
              setFile(chosen);
              preview.reset();
              register.reset();
            }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!file} loading={preview.isPending}>
          {importReportText.preview}
        </Button>
      </Form>
      <div style={{ marginTop: 24 }}>
        {(preview.isError || (register.isError && !report)) && (
          <Alert type="error" showIcon title={errorText(preview.error ?? register.error)} />
        )}
        {report && (
          <ImportReportPanel report={report} onConfirm={() => void onConfirm()} confirming={register.isPending} />
        )}
      </div>
    </Card>
  );
}
