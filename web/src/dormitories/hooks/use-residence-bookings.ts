import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { OFFICE_TIME_ZONE } from '../../common/dates/roc-date';
import { DORMITORIES, useDormitoriesChanged } from './use-dormitories';

export type ResidenceBooking = Schemas['ResidenceBookingView'];

export function useLendableResidences() {
  return useQuery({
    queryKey: [...DORMITORIES, 'residences'],
    queryFn: () => unwrap(api.GET('/residence-bookings/residences')),
  });
}

/** The bookings starting in the month shown (a month holds a handful, well under a page). */
export function useMonthBookings(month: Dayjs) {
  // The calendar's month is a Taipei month, whatever the browser's own zone.
  const from = dayjs.tz(month.format('YYYY-MM-01'), OFFICE_TIME_ZONE);
  return useQuery({
    queryKey: [...DORMITORIES, 'bookings', from.format('YYYY-MM')],
    queryFn: () =>
      unwrap(
        api.GET('/residence-bookings', {
          params: { query: { from: from.toISOString(), to: from.add(1, 'month').toISOString(), limit: 100 } },
        }),
      ),
  });
}

export function useRequestBooking() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateResidenceBookingDto']) =>
      unwrap(api.POST('/residence-bookings', { body: input })),
    onSuccess: changed,
  });
}

export function useDecideBooking() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['DecideBookingDto'] & { id: string }) =>
      unwrap(api.POST('/residence-bookings/{id}/decision', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}
