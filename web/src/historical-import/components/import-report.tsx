import { Alert, Table } from 'antd';
import { fieldErrorMessage } from '../../common/errors/error-messages';
import type { ImportProblem, ImportReport } from '../hooks/use-historical-import';
import { importText as text } from '../messages';

/** The line-by-line report of a checked file: every problem named by its row and heading, or ready. */
export function ImportReportPanel({ report }: { report: ImportReport }) {
  if (!report.problems.length) return <Alert type="success" showIcon title={text.readyToImport(report.lines)} />;
  return (
    <Alert
      type="error"
      showIcon
      title={text.problemsFound(report.lines, report.problems.length)}
      description={
        <Table<ImportProblem>
          size="small"
          rowKey={(problem) => `${problem.line}-${problem.field}-${problem.code}`}
          pagination={false}
          dataSource={report.problems}
          columns={[
            { title: text.line, key: 'line', width: 80, render: (_, problem) => problem.line ?? text.wholeFile },
            { title: text.column, key: 'column', render: (_, problem) => problem.column ?? '' },
            { title: text.problem, key: 'problem', render: (_, problem) => fieldErrorMessage(problem) },
          ]}
        />
      }
    />
  );
}
