import { Alert, Button, Card, Form, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../common/errors/error-text';
import { ImportFileButton } from '../../common/import/import-file-button';
import { importFileOf, refusedReport } from '../../common/import/import-report';
import { ImportReportPanel } from '../../common/import/import-report-panel';
import { importReportText } from '../../common/import/import-text';
import { KindHeadings } from '../components/kind-headings';
import { useImport, usePreviewImport, type ImportKind, type ImportReport } from '../hooks/use-historical-import';
import { importText as text } from '../messages';

const KINDS = Object.entries(text.kinds).map(([value, label]) => ({ value: value as ImportKind, label }));

/**
 * An admin brings in an earlier year's records from the office's spreadsheets: chooses the kind
 * and the file, reads the preview's report line by line, and imports once the file is clean.
 */
export default function HistoricalImportPage() {
  const [kind, setKind] = useState<ImportKind>(KINDS[0].value);
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewImport();
  const commit = useImport();
  const report = refusedReport<ImportReport>(commit.error) ?? preview.data;

  function choose(next: { kind?: ImportKind; file?: File | null }) {
    if (next.kind) setKind(next.kind);
    if (next.file !== undefined) setFile(next.file);
    preview.reset();
    commit.reset();
  }
  async function send(mutation: typeof preview | typeof commit) {
    if (file) mutation.mutate({ kind, file: await importFileOf(file) });
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
        <Form.Item label={text.kind} htmlFor="import-kind" extra={<KindHeadings kind={kind} />}>
          <Select id="import-kind" options={KINDS} value={kind} onChange={(value) => choose({ kind: value })} />
        </Form.Item>
        <Form.Item label={text.file}>
          <ImportFileButton file={file} onChoose={(chosen) => choose({ file: chosen })} />
        </Form.Item>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Button disabled={!file} loading={preview.isPending} onClick={() => void send(preview)}>
            {importReportText.preview}
          </Button>
          {(preview.isError || (commit.isError && !report)) && (
            <Alert type="error" showIcon title={errorText(preview.error ?? commit.error)} />
          )}
          {report && (
            <ImportReportPanel report={report} onConfirm={() => void send(commit)} confirming={commit.isPending} />
          )}
        </Space>
      </Form>
    </Card>
  );
}
