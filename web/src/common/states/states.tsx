import { Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { errorText } from '../errors/error-text';

/** While a page's data loads: a spinner with words, so a screen reader says what is happening. */
export function LoadingState({ label = '載入中…' }: { label?: string }) {
  return (
    <div role="status" style={{ padding: '48px 0', textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 12 }}>{label}</div>
    </div>
  );
}

/** A list with nothing in it yet, saying what would be here and how to add the first one. */
export function EmptyState({ description, action }: { description: string; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {action}
    </Empty>
  );
}

/** Data that could not be loaded, with the reason in zh-TW and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Result
      status="warning"
      title="無法載入資料"
      subTitle={errorText(error)}
      extra={onRetry ? <Button onClick={onRetry}>重新載入</Button> : undefined}
    />
  );
}

/** A page or record that does not exist, or that this user may not see (the two look the same). */
export function NotFoundState({ title = '找不到這個頁面' }: { title?: string }) {
  return (
    <Result
      status="404"
      title={title}
      subTitle="網址可能有誤，或您沒有檢視的權限。"
      extra={
        <Link to="/">
          <Button type="primary">回首頁</Button>
        </Link>
      }
    />
  );
}
