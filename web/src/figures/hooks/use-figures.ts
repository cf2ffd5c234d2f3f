import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../common/api/client';
import type { FiguresQuery } from '../period';

/** The period's figures beside a year earlier, the monthly trends and the report text. */
export function useFiguresOverview(query: FiguresQuery) {
  return useQuery({
    queryKey: ['figures', 'overview', query],
    queryFn: () => unwrap(api.GET('/figures/overview', { params: { query } })),
  });
}

/** Every kept snapshot of the period: the current one first, then those recomputes replaced. */
export function useSnapshotHistory(query: FiguresQuery) {
  return useQuery({
    queryKey: ['figures', 'snapshots', query],
    queryFn: () => unwrap(api.GET('/figures/snapshots/history', { params: { query } })),
  });
}

/** Recomputes the period and keeps it as its snapshot; the history then reads again. */
export function useRecompute(query: FiguresQuery) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/figures/snapshots', { body: query })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['figures', 'snapshots'] }),
  });
}
