import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';

/** After an office change, every ticket list and page reads again. */
function useTicketsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['maintenance', 'tickets'] });
}

export function useTriage(ticketId: string) {
  const changed = useTicketsChanged();
  return useMutation({
    mutationFn: (input: Schemas['TriageTicketDto']) =>
      unwrap(api.PATCH('/maintenance/tickets/{id}', { params: { path: { id: ticketId } }, body: input })),
    onSuccess: changed,
  });
}

export function useAddCostLine(ticketId: string) {
  const changed = useTicketsChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateCostLineDto']) =>
      unwrap(api.POST('/maintenance/tickets/{id}/cost-lines', { params: { path: { id: ticketId } }, body: input })),
    onSuccess: changed,
  });
}

/** The agencies for the queue's filter (the first hundred are every agency the office serves). */
export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'list'],
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 100 } } })),
    staleTime: Infinity,
  });
}

export type KpiQuery = NonNullable<paths['/maintenance/kpis']['get']['parameters']['query']>;

export function useKpis(query: KpiQuery) {
  return useQuery({
    queryKey: ['maintenance', 'kpis', query],
    queryFn: () => unwrap(api.GET('/maintenance/kpis', { params: { query } })),
  });
}

/** The technicians the coordinator may assign to a ticket of this trade, the least busy first. */
export function useTechnicians(tradeCode: string) {
  return useQuery({
    queryKey: ['maintenance', 'technicians', tradeCode],
    queryFn: () => unwrap(api.GET('/maintenance/technicians', { params: { query: { tradeCode } } })),
  });
}
