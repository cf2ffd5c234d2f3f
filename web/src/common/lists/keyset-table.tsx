import { Button, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../states/states';
import type { useKeysetList } from './use-keyset-list';

type KeysetList<T> = ReturnType<typeof useKeysetList<T>>;

/** "Load more" under a keyset list, while there is more. */
export function LoadMore({
  list,
}: {
  list: Pick<KeysetList<unknown>, 'hasNextPage' | 'fetchNextPage' | 'isFetchingNextPage'>;
}) {
  if (!list.hasNextPage) return null;
  return (
    <div style={{ textAlign: 'center', marginTop: 16 }}>
      <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
        載入更多
      </Button>
    </div>
  );
}

/**
 * Loading, error, empty or the rows: what every list page shows, in one place. `children` draws
 * the rows (a Table, a List of cards on a phone page).
 */
export function KeysetView<T>({
  list,
  empty,
  children,
}: {
  list: KeysetList<T>;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.items.length) return <>{empty}</>;
  return (
    <>
      {children(list.items)}
      <LoadMore list={list} />
    </>
  );
}

/** A table over a keyset list, with the designed states and "load more". */
export function KeysetTable<T extends { id: string }>({
  list,
  emptyText,
  ...table
}: { list: KeysetList<T>; emptyText: string } & Omit<TableProps<T>, 'dataSource' | 'pagination'>) {
  return (
    <KeysetView list={list} empty={<EmptyState description={emptyText} />}>
      {(items) => <Table<T> rowKey="id" dataSource={items} pagination={false} {...table} />}
    </KeysetView>
  );
}
