import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Ticket = Schemas['TicketView'];
export type TicketDetail = Schemas['TicketDetailView'];
type TicketFilter = Omit<NonNullable<paths['/maintenance/tickets']['get']['parameters']['query']>, 'cursor'>;

const TICKETS = ['maintenance', 'tickets'] as const;

export function useTicketList(filter: TicketFilter = {}) {
  return useKeysetList([...TICKETS, 'list', filter], (cursor) =>
    unwrap(api.GET('/maintenance/tickets', { params: { query: { ...filter, cursor } } })),
  );
}

export function useTicket(id: string) {
  return useQuery({
    queryKey: [...TICKETS, 'detail', id],
    queryFn: () => unwrap(api.GET('/maintenance/tickets/{id}', { params: { path: { id } } })),
  });
}

/** After any change to a ticket, lists and its page read it again. */
function useTicketsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: TICKETS });
}

export function useFileTicket() {
  const changed = useTicketsChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateTicketDto']) => unwrap(api.POST('/maintenance/tickets', { body: input })),
    onSuccess: changed,
  });
}

export function useUploadAttachment() {
  const changed = useTicketsChanged();
  return useMutation({
    mutationFn: ({ ticketId, file }: { ticketId: string; file: Schemas['UploadAttachmentDto'] }) =>
      unwrap(api.POST('/maintenance/tickets/{ticketId}/attachments', { params: { path: { ticketId } }, body: file })),
    onSuccess: changed,
  });
}

export function useComment(ticketId: string) {
  const changed = useTicketsChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateCommentDto']) =>
      unwrap(api.POST('/maintenance/tickets/{id}/comments', { params: { path: { id: ticketId } }, body: input })),
    onSuccess: changed,
  });
}

export function useTransition(ticketId: string) {
  const changed = useTicketsChanged();
  return useMutation({
    mutationFn: (input: Schemas['TransitionDto']) =>
      unwrap(api.POST('/maintenance/tickets/{id}/transitions', { params: { path: { id: ticketId } }, body: input })),
    onSuccess: changed,
  });
}

export function useLocationTree() {
  return useQuery({
    queryKey: ['locations', 'tree'],
    queryFn: () => unwrap(api.GET('/locations/tree')),
    staleTime: Infinity,
  });
}

export function useTrades() {
  return useQuery({ queryKey: ['trades'], queryFn: () => unwrap(api.GET('/trades')), staleTime: Infinity });
}
