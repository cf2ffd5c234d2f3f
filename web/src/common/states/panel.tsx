import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A titled box for the pages a user sees first (home). antd's Card looks the same but costs about
 * 20 KB of the initial bundle, which the budget does not allow.
 */
export function Panel({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section style={{ background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8 }}>
      <header
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: 8,
          flexWrap: 'wrap',
          padding: '12px 24px',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </header>
      <div style={{ padding: 24 }}>{children}</div>
    </section>
  );
}
