import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';

export type Round = Schemas['RoundView'];
export type RequestLine = Schemas['RequestLineView'];
export type RoundSummary = Schemas['RoundSummaryView'];

const REVIEWS = ['vehicle-reviews'] as const;

export function useRounds() {
  return useQuery({
    queryKey: [...REVIEWS, 'rounds'],
    queryFn: () => unwrap(api.GET('/vehicle-reviews/rounds')),
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: [...REVIEWS, 'rounds', id],
    queryFn: () => unwrap(api.GET('/vehicle-reviews/rounds/{id}', { params: { path: { id } } })),
  });
}

export function useRoundLines(roundId: string) {
  return useQuery({
    queryKey: [...REVIEWS, 'rounds', roundId, 'lines'],
    queryFn: () => unwrap(api.GET('/vehicle-reviews/rounds/{roundId}/lines', { params: { path: { roundId } } })),
  });
}

export function useRoundSummary(id: string) {
  return useQuery({
    queryKey: [...REVIEWS, 'rounds', id, 'summary'],
    queryFn: () => unwrap(api.GET('/vehicle-reviews/rounds/{id}/summary', { params: { path: { id } } })),
  });
}

/** After any change, every round, line and summary is read again: a decision moves the round's total. */
function useReviewsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: REVIEWS });
}

export function useOpenRound() {
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: (input: Schemas['OpenRoundDto']) => unwrap(api.POST('/vehicle-reviews/rounds', { body: input })),
    onSuccess: changed,
  });
}

export function useFileLine(roundId: string) {
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: (input: Schemas['FileRequestLineDto']) =>
      unwrap(api.POST('/vehicle-reviews/rounds/{roundId}/lines', { params: { path: { roundId } }, body: input })),
    onSuccess: changed,
  });
}

export function useDecideLine() {
  const changed = useReviewsChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['DecideLineDto'] & { id: string }) =>
      unwrap(api.POST('/vehicle-reviews/lines/{id}/decision', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}
