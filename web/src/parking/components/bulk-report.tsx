import { Alert, Table } from 'antd';
import { ApiError } from '../../common/api/client';
import { formatRocDate } from '../../common/dates/roc-date';
import { loadedErrorMessages } from '../../common/errors/error-messages-loader';
import { errorText, fieldErrorText } from '../../common/errors/error-text';
import { parkingText as text } from '../messages';

interface LineProblem {
  line: number;
  plate: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** A line's rule in zh-TW: a plate rule (with its readings or examples), or a domain code. */
function lineText(line: LineProblem): string {
  const messages = loadedErrorMessages();
  if (messages?.fieldErrorMessages[line.code]) return fieldErrorText({ ...line, field: 'plate' });
  return messages?.domainErrorMessages[line.code] ?? line.message;
}

/** Why a meeting's list was refused, line by line, with the days that lack spaces. */
export function BulkReport({ error }: { error: unknown }) {
  const details =
    error instanceof ApiError ? (error.body.details as { lines?: LineProblem[]; fullDays?: string[] }) : {};
  const lines = details?.lines ?? [];
  const fullDays = details?.fullDays ?? [];
  if (!lines.length && !fullDays.length) return <Alert type="error" title={errorText(error)} />;
  return (
    <Alert
      type="error"
      title={text.bulkRefused}
      description={
        <>
          {fullDays.length > 0 && <p>{text.bulkFullDays(fullDays.map((day) => formatRocDate(day)).join('、'))}</p>}
          {lines.length > 0 && (
            <Table<LineProblem>
              size="small"
              rowKey="line"
              pagination={false}
              dataSource={lines}
              columns={[
                { title: text.line, dataIndex: 'line', width: 60 },
                { title: text.plate, dataIndex: 'plate' },
                { title: text.problem, key: 'problem', render: (_, line) => lineText(line) },
              ]}
            />
          )}
        </>
      }
    />
  );
}
