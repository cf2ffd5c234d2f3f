import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Space = Schemas['VenueSpaceView'];
export type FreeSpace = Schemas['FreeSpaceView'];
export type VenueBooking = Schemas['VenueBookingView'];
export type ApprovalItem = Schemas['VenueApprovalItem'];
export type CalendarView = Schemas['VenueCalendarView'];
export type CalendarEntry = Schemas['VenueCalendarEntry'];
export type DaySheet = Schemas['DaySheetView'];
export type DaySheetBooking = Schemas['DaySheetBooking'];
export type SeriesResult = Schemas['VenueSeriesResult'];
export type BookingStatus = VenueBooking['status'];
export type SpaceKind = Space['kind'];
export type EventKind = VenueBooking['eventKind'];

type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
export type CalendarQuery = Query<'/venues/calendar'>;
export type FreeSlotQuery = Query<'/venues/free-slots'>;
type BookingFilter = Omit<Query<'/venues/bookings'>, 'cursor'>;

const VENUES = ['venues'] as const;

/** Every active space (both centers); small and stable, so read once per visit. */
export function useSpaces() {
  return useQuery({
    queryKey: [...VENUES, 'spaces'],
    queryFn: () => unwrap(api.GET('/venues/spaces', { params: { query: {} } })),
    staleTime: 5 * 60_000,
  });
}

export function useCalendar(query: CalendarQuery | null) {
  return useQuery({
    queryKey: [...VENUES, 'calendar', query],
    queryFn: () => unwrap(api.GET('/venues/calendar', { params: { query: query! } })),
    enabled: query !== null,
  });
}

export function useFreeSlots(query: FreeSlotQuery | null) {
  return useQuery({
    queryKey: [...VENUES, 'free-slots', query],
    queryFn: () => unwrap(api.GET('/venues/free-slots', { params: { query: query! } })),
    enabled: query !== null,
    retry: false,
  });
}

export function useBookingList(filter: BookingFilter) {
  return useKeysetList([...VENUES, 'bookings', filter], (cursor) =>
    unwrap(api.GET('/venues/bookings', { params: { query: { ...filter, cursor } } })),
  );
}

export function useApprovalQueue(siteId?: string) {
  return useKeysetList([...VENUES, 'approvals', siteId], (cursor) =>
    unwrap(api.GET('/venues/approvals', { params: { query: { siteId, cursor } } })),
  );
}

export function useDaySheet(siteId: string | undefined, date: string) {
  return useQuery({
    queryKey: [...VENUES, 'day-sheet', siteId, date],
    queryFn: () => unwrap(api.GET('/venues/day-sheet', { params: { query: { siteId: siteId!, date } } })),
    enabled: Boolean(siteId),
  });
}

/** After any change to a booking, every calendar, list, queue and sheet reads again. */
function useVenueMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: VENUES }) });
}

export function useBookSpace() {
  return useVenueMutation((input: Schemas['CreateVenueBookingDto']) =>
    unwrap(api.POST('/venues/bookings', { body: input })),
  );
}

export function useBookSeries() {
  return useVenueMutation((input: Schemas['CreateVenueSeriesDto']) =>
    unwrap(api.POST('/venues/series', { body: input })),
  );
}

export function useCancelBooking() {
  return useVenueMutation(({ id, reason }: { id: string; reason: string }) =>
    unwrap(api.POST('/venues/bookings/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  );
}

export function useApprove() {
  return useVenueMutation(({ id, version }: { id: string; version: number }) =>
    unwrap(api.POST('/venues/bookings/{id}/approve', { params: { path: { id } }, body: { version } })),
  );
}

export function useReject() {
  return useVenueMutation(({ id, reason }: { id: string; reason: string }) =>
    unwrap(api.POST('/venues/bookings/{id}/reject', { params: { path: { id } }, body: { reason } })),
  );
}

export function useCheckIn() {
  return useVenueMutation((id: string) =>
    unwrap(api.POST('/venues/bookings/{id}/check-in', { params: { path: { id } } })),
  );
}

export function useNoShow() {
  return useVenueMutation((id: string) =>
    unwrap(api.POST('/venues/bookings/{id}/no-show', { params: { path: { id } } })),
  );
}
