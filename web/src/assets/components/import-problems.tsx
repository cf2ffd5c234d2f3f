import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { loadErrorMessages } from '../../common/errors/error-messages-loader';
import type { ImportProblem } from '../hooks/use-asset-import';
import { IMPORT_COLUMN_LABELS, importText as text } from '../import-messages';

/** The zh-TW message of every problem code, loaded on demand: a preview with problems is no failed request. */
function useProblemText() {
  const tables = useQuery({ queryKey: ['error-messages'], queryFn: loadErrorMessages, staleTime: Infinity }).data;
  return (problem: ImportProblem) => (tables ? tables.fieldErrorMessage(problem) : problem.message);
}

/** The file's problems, one row each: the line of the file, its column and what is wrong. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const problemText = useProblemText();
  return (
    <Table<ImportProblem>
      size="small"
      pagination={false}
      rowKey={(problem) => `${problem.line}-${problem.field}-${problem.code}`}
      dataSource={problems}
      columns={[
        { title: text.line, dataIndex: 'line', width: 72, render: (line: number | null) => line ?? text.wholeFile },
        {
          title: text.column,
          key: 'column',
          width: 120,
          render: (_, { column, field }) => column ?? (field ? (IMPORT_COLUMN_LABELS[field] ?? field) : ''),
        },
        { title: text.problem, key: 'problem', render: (_, problem) => problemText(problem) },
      ]}
    />
  );
}
