import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Table } from 'antd';
import { loadErrorMessages } from '../errors/error-messages-loader';
import type { ImportProblem, ImportReport } from './import-report';
import { importReportText as text } from './import-text';

/** The zh-TW message of every problem code, loaded on demand: a preview with problems is no failed request. */
function useProblemText() {
  const tables = useQuery({ queryKey: ['error-messages'], queryFn: loadErrorMessages, staleTime: Infinity }).data;
  return (problem: ImportProblem) => (tables ? tables.fieldErrorMessage(problem) : problem.message);
}

/** The file's problems, one row each: the line of the file, its heading and what is wrong. */
function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  const problemText = useProblemText();
  return (
    <Table<ImportProblem>
      size="small"
      pagination={false}
      rowKey={(problem) => `${problem.line}-${problem.field}-${problem.code}`}
      dataSource={problems}
      columns={[
        { title: text.line, key: 'line', width: 72, render: (_, problem) => problem.line ?? text.wholeFile },
        { title: text.column, key: 'column', width: 120, render: (_, problem) => problem.column ?? '' },
        { title: text.problem, key: 'problem', render: (_, problem) => problemText(problem) },
      ]}
    />
  );
}

interface ImportReportPanelProps {
  report: ImportReport;
  /** Imports the checked file; offered once the report is clean. */
  onConfirm: () => void;
  confirming: boolean;
}

/**
 * A checked file's report: every problem named by its row and heading (nothing is imported), or a
 * clean file with the button that imports it.
 */
export function ImportReportPanel({ report, onConfirm, confirming }: ImportReportPanelProps) {
  if (report.problems.length)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="error" showIcon title={text.problemsFound(report.lines, report.problems.length)} />
        <ImportProblemsTable problems={report.problems} />
      </Space>
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="success" showIcon title={text.readyToImport(report.lines)} />
      <Button type="primary" onClick={onConfirm} loading={confirming}>
        {text.confirm(report.lines)}
      </Button>
    </Space>
  );
}
