import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';

export type Surplus = Schemas['StocktakeSurplusView'];

/** What the stocktake found wrong so far (or at closing): missing, moved, damaged, surplus, with counts. */
export function useDiscrepancies(id: string) {
  return useQuery({
    queryKey: ['assets', 'stocktakes', id, 'discrepancies'],
    queryFn: () => unwrap(api.GET('/asset-stocktakes/{id}/discrepancies', { params: { path: { id } } })),
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['assets'] });
}

export function useRecordSurplus(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: Schemas['RecordSurplusDto']) =>
      unwrap(api.POST('/asset-stocktakes/{id}/surpluses', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useRegisterSurplus(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ surplusId, ...body }: Schemas['RegisterAssetDto'] & { surplusId: string }) =>
      unwrap(
        api.POST('/asset-stocktakes/{id}/surpluses/{surplusId}/register', {
          params: { path: { id, surplusId } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}
