import { useSearchParams } from 'react-router';

/**
 * The page's choices kept in its address (so a reload or a shared link shows the same): the
 * current values and a setter that merges changes, dropping the emptied ones.
 */
export function usePageParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  const change = (next: Partial<Record<K, string | undefined>>) => {
    const merged: Record<string, string | undefined> = { ...values, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value)) as Record<string, string>);
  };
  return [values, change] as const;
}
