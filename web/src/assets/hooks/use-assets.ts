import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Asset = Schemas['AssetView'];
export type StocktakeLine = Schemas['StocktakeLineView'];
type AssetFilter = Omit<NonNullable<paths['/assets']['get']['parameters']['query']>, 'cursor'>;

const ASSETS = ['assets'] as const;

export function useAssetList(filter: AssetFilter) {
  return useKeysetList([...ASSETS, 'list', filter], (cursor) =>
    unwrap(api.GET('/assets', { params: { query: { ...filter, cursor } } })),
  );
}

export function useAsset(id: string) {
  return useQuery({
    queryKey: [...ASSETS, 'detail', id],
    queryFn: () => unwrap(api.GET('/assets/{id}', { params: { path: { id } } })),
  });
}

export function useLocationTree() {
  return useQuery({ queryKey: ['locations', 'tree'], queryFn: () => unwrap(api.GET('/locations/tree')) });
}

export function useStocktakeList() {
  return useKeysetList([...ASSETS, 'stocktakes'], (cursor) =>
    unwrap(api.GET('/asset-stocktakes', { params: { query: { cursor } } })),
  );
}

export function useStocktake(id: string) {
  return useQuery({
    queryKey: [...ASSETS, 'stocktakes', id],
    queryFn: () => unwrap(api.GET('/asset-stocktakes/{id}', { params: { path: { id } } })),
  });
}

export function useUnrecordedLines(id: string) {
  return useKeysetList([...ASSETS, 'stocktakes', id, 'unrecorded'], (cursor) =>
    unwrap(api.GET('/asset-stocktakes/{id}/lines', { params: { path: { id }, query: { unrecorded: true, cursor } } })),
  );
}

export function useRecordedCount(id: string) {
  return useQuery({
    queryKey: [...ASSETS, 'stocktakes', id, 'recorded'],
    queryFn: async () => {
      const pending = await unwrap(
        api.GET('/asset-stocktakes/{id}/lines', { params: { path: { id }, query: { unrecorded: true, limit: 200 } } }),
      );
      return pending.items.length;
    },
  });
}

/** After any change, the register and the stocktakes read again. */
function useAssetsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ASSETS });
}

export function useOpenStocktake() {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: (input: Schemas['OpenStocktakeDto']) => unwrap(api.POST('/asset-stocktakes', { body: input })),
    onSuccess: changed,
  });
}

/** Finds the line of a typed or scanned property number; null when it is not in the stocktake. */
export async function findLine(id: string, propertyNumber: string): Promise<StocktakeLine | null> {
  const page = await unwrap(
    api.GET('/asset-stocktakes/{id}/lines', { params: { path: { id }, query: { propertyNumber } } }),
  );
  return page.items[0] ?? null;
}

export function useRecordLine(id: string) {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: ({ assetId, ...body }: Schemas['RecordStocktakeLineDto'] & { assetId: string }) =>
      unwrap(api.PUT('/asset-stocktakes/{id}/lines/{assetId}', { params: { path: { id, assetId } }, body })),
    onSuccess: changed,
  });
}

export function useCloseStocktake(id: string) {
  const changed = useAssetsChanged();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/asset-stocktakes/{id}/close', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
