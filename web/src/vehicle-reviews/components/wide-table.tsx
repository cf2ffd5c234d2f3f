import type { CSSProperties, ReactNode } from 'react';

export interface Column<T> {
  key: string;
  title: string;
  align?: 'left' | 'right';
  render: (row: T) => ReactNode;
}

const CELL: CSSProperties = { padding: '12px 16px', borderBottom: '1px solid #f0f0f0', verticalAlign: 'top' };
const HEAD: CSSProperties = { ...CELL, background: '#fafafa', fontWeight: 600 };

/**
 * A plain table that scrolls sideways inside its own box on a phone. Not antd's Table: on this
 * page it writes inline styles the page's CSP (nonce only) refuses.
 */
export function WideTable<T>({
  rows,
  columns,
  rowKey,
  emptyText,
  minWidth,
  footer,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  emptyText?: string;
  minWidth: number;
  footer?: ReactNode;
}) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ width: '100%', minWidth, borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" style={{ ...HEAD, textAlign: column.align ?? 'left' }}>
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && emptyText && (
            <tr>
              <td colSpan={columns.length} style={{ ...CELL, textAlign: 'center' }}>
                {emptyText}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} style={{ ...CELL, textAlign: column.align ?? 'left' }}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}

export const footerCell = (align: 'left' | 'right' = 'left'): CSSProperties => ({ ...HEAD, textAlign: align });
