import { Alert, Button, Card, Form, Result, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../common/api/client';
import { errorText } from '../../common/errors/error-text';
import { toAttachment } from '../../common/files/to-attachment';
import { ImportReportPanel } from '../components/import-report';
import {
  useImport,
  usePreviewImport,
  type ImportFile,
  type ImportKind,
  type ImportReport,
} from '../hooks/use-historical-import';
import { importText as text } from '../messages';

const KINDS = Object.entries(text.kinds).map(([value, label]) => ({ value: value as ImportKind, label }));

/** A refused import carries the same line-by-line report as a preview. */
function refusedReport(error: unknown): ImportReport | undefined {
  return error instanceof ApiError && error.body.code === 'import.refused'
    ? (error.body.details as unknown as ImportReport)
    : undefined;
}

/**
 * An admin brings in an earlier year's records from the office's spreadsheets: chooses the kind
 * and the file, reads the preview's report line by line, and imports once the file is clean.
 */
export default function HistoricalImportPage() {
  const [kind, setKind] = useState<ImportKind>(KINDS[0].value);
  const [file, setFile] = useState<ImportFile | null>(null);
  const preview = usePreviewImport();
  const commit = useImport();
  const report = refusedReport(commit.error) ?? preview.data;

  function choose(next: { kind?: ImportKind; file?: ImportFile | null }) {
    if (next.kind) setKind(next.kind);
    if (next.file !== undefined) setFile(next.file);
    preview.reset();
    commit.reset();
  }

  if (commit.data)
    return (
      <Result
        status="success"
        title={text.imported(commit.data.lines, text.kinds[commit.data.kind])}
        extra={<Button onClick={() => choose({ file: null })}>{text.anotherFile}</Button>}
      />
    );
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.title}
      </Typography.Title>
      <Typography.Paragraph>{text.intro}</Typography.Paragraph>
      <Form layout="vertical" disabled={preview.isPending || commit.isPending}>
        <Form.Item label={text.kind} htmlFor="import-kind" extra={text.kindHelp[kind]}>
          <Select id="import-kind" options={KINDS} value={kind} onChange={(value) => choose({ kind: value })} />
        </Form.Item>
        <Form.Item label={text.file} extra={file?.fileName}>
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            beforeUpload={(chosen) => {
              void toAttachment(chosen).then(({ fileName, dataBase64 }) => choose({ file: { fileName, dataBase64 } }));
              return false;
            }}
          >
            <Button>{text.chooseFile}</Button>
          </Upload>
        </Form.Item>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {(preview.isError || (commit.isError && !report)) && (
            <Alert type="error" showIcon title={errorText(preview.error ?? commit.error)} />
          )}
          {report && <ImportReportPanel report={report} />}
          <Space wrap>
            <Button disabled={!file} loading={preview.isPending} onClick={() => file && preview.mutate({ kind, file })}>
              {text.preview}
            </Button>
            <Button
              type="primary"
              disabled={!file || !preview.data || preview.data.problems.length > 0 || Boolean(commit.error)}
              loading={commit.isPending}
              onClick={() => file && commit.mutate({ kind, file })}
            >
              {text.import}
            </Button>
          </Space>
        </Space>
      </Form>
    </Card>
  );
}
