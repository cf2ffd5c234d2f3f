import { useInfiniteQuery } from '@tanstack/react-query';

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list read page by page with the API's keyset cursors (`cursor` in, `nextCursor` out); the
 * pages read so far are kept together so "load more" appends.
 */
export function useKeysetList<T>(queryKey: readonly unknown[], fetchPage: (cursor?: string) => Promise<KeysetPage<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
