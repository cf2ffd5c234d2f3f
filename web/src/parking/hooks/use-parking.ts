import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Permit = Schemas['PermitView'];
export type IssuedPermit = Schemas['IssuedPermitView'];
type PermitFilter = Omit<NonNullable<paths['/parking/permits']['get']['parameters']['query']>, 'cursor'>;

const PARKING = ['parking'] as const;

/** Where the printable permit is: the browser opens it with the session cookie. */
export function permitPdfUrl(permitId: string): string {
  return `/parking/permits/${permitId}/pdf`;
}

export function useLots() {
  return useQuery({
    queryKey: [...PARKING, 'lots'],
    queryFn: () => unwrap(api.GET('/parking/lots')),
    staleTime: 5 * 60_000,
  });
}

/** The agencies a visitor may visit (the first hundred are every agency in the two centers). */
export function useVisitedAgencies() {
  return useQuery({
    queryKey: ['agencies', 'list'],
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 100 } } })),
    staleTime: Infinity,
  });
}

/** Each day's capacity, issued and remaining spaces of a lot, once lot and days are chosen. */
export function useLotDays(lotCode: string | undefined, from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: [...PARKING, 'lot-days', lotCode, from, to],
    queryFn: () =>
      unwrap(
        api.GET('/parking/lots/{code}/days', { params: { path: { code: lotCode! }, query: { from: from!, to: to! } } }),
      ),
    enabled: Boolean(lotCode && from && to && from <= to),
  });
}

export function usePermitList(filter: PermitFilter) {
  return useKeysetList([...PARKING, 'permits', filter], (cursor) =>
    unwrap(api.GET('/parking/permits', { params: { query: { ...filter, cursor } } })),
  );
}

/** After an issue or a revocation, lists and the remaining spaces are read again. */
function useParkingChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: PARKING });
}

export function useIssuePermit() {
  const changed = useParkingChanged();
  return useMutation({
    mutationFn: (input: Schemas['IssuePermitDto']) => unwrap(api.POST('/parking/permits', { body: input })),
    onSuccess: changed,
  });
}

export function useIssueBulk() {
  const changed = useParkingChanged();
  return useMutation({
    mutationFn: (input: Schemas['BulkIssueDto']) => unwrap(api.POST('/parking/permits/bulk', { body: input })),
    onSuccess: changed,
  });
}

export function useRevokePermit(permitId: string) {
  const changed = useParkingChanged();
  return useMutation({
    mutationFn: (input: Schemas['RevokePermitDto']) =>
      unwrap(api.POST('/parking/permits/{id}/revoke', { params: { path: { id: permitId } }, body: input })),
    onSuccess: changed,
  });
}
