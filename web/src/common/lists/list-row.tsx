import type { ReactNode } from 'react';

/** One row of a list that fits a phone: the text takes the room, the tags and buttons wrap below it. */
export function ListRow({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <li
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        alignItems: 'center',
        padding: '12px 0',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <div style={{ flex: '1 1 240px', minWidth: 0 }}>{children}</div>
      {aside}
    </li>
  );
}
