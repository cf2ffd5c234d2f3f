import type { ReactNode } from 'react';

export interface PlainColumn<Row> {
  title: string;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
}

const CELL = { padding: '6px 8px', borderBottom: '1px solid #f0f0f0' };

/**
 * A plain HTML table. Ant Design's Table measures the scrollbar by writing a <style> element
 * without the page's CSP nonce, which the policy blocks (and the console reports); these small
 * read-only tables need none of its features.
 */
export function PlainTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText,
}: {
  caption?: string;
  /** Said in the table's body when there are no rows, rather than headings over nothing. */
  emptyText?: string;
  columns: PlainColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        {caption && <caption style={{ textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{caption}</caption>}
        <thead>
          <tr style={{ background: '#fafafa' }}>
            {columns.map((column) => (
              <th key={column.title} scope="col" style={{ ...CELL, textAlign: column.numeric ? 'right' : 'left' }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {!rows.length && emptyText && (
            <tr>
              <td colSpan={columns.length} style={{ ...CELL, textAlign: 'center' }}>
                {emptyText}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.title} style={{ ...CELL, textAlign: column.numeric ? 'right' : 'left' }}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
