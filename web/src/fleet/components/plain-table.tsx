import type { ReactNode } from 'react';

const CELL = {
  padding: '6px 8px',
  borderBottom: '1px solid #f0f0f0',
  textAlign: 'left' as const,
  whiteSpace: 'nowrap' as const,
};

/** A small read-only table in its own scrolling box (antd's Table measures scrollbars with a style element the page's CSP refuses). */
export function PlainTable<T extends { id: string }>({
  rows,
  columns,
}: {
  rows: T[];
  columns: { title: string; cell: (row: T) => ReactNode }[];
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.title} scope="col" style={{ ...CELL, background: '#fafafa' }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((column) => (
                <td key={column.title} style={CELL}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
