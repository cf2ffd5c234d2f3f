import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Booking = Schemas['BookingView'];
type BookingFilter = Omit<NonNullable<paths['/fleet/bookings']['get']['parameters']['query']>, 'cursor'>;

const BOOKINGS = ['fleet', 'bookings'] as const;

export function useBookingList(filter: BookingFilter = {}) {
  return useKeysetList([...BOOKINGS, 'list', filter], (cursor) =>
    unwrap(api.GET('/fleet/bookings', { params: { query: { ...filter, cursor } } })),
  );
}

export function useBooking(id: string) {
  return useQuery({
    queryKey: [...BOOKINGS, 'detail', id],
    queryFn: () => unwrap(api.GET('/fleet/bookings/{id}', { params: { path: { id } } })),
  });
}

/** After any change to a booking, lists and its page read it again. */
function useBookingsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: BOOKINGS });
}

export function useBookCar() {
  const changed = useBookingsChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateBookingDto']) => unwrap(api.POST('/fleet/bookings', { body: input })),
    onSuccess: changed,
  });
}

export function useCancelBooking(id: string) {
  const changed = useBookingsChanged();
  return useMutation({
    mutationFn: (input: Schemas['ReasonDto']) =>
      unwrap(api.POST('/fleet/bookings/{id}/cancel', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}
