import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';

export type Trip = Schemas['TripView'];
export type Vehicle = Schemas['VehicleView'];
export type Driver = Schemas['DriverView'];
export type Candidates = Schemas['Candidates'];
export type DriverUnavailability = Schemas['DriverUnavailabilityView'];
export type Warning = Schemas['WarningView'];

/** The board shows at most one page of each list: a day or a week of one office's fleet fits in 200. */
const BOARD_LIMIT = 200;
const FLEET = ['fleet'] as const;

export interface Window {
  from: string;
  to: string;
}

export function usePendingBookings() {
  return useQuery({
    queryKey: [...FLEET, 'bookings', 'pending'],
    queryFn: () =>
      unwrap(api.GET('/fleet/bookings', { params: { query: { state: 'requested', limit: BOARD_LIMIT } } })),
  });
}

export function useBookingsIn(window: Window) {
  return useQuery({
    queryKey: [...FLEET, 'bookings', 'window', window],
    queryFn: () => unwrap(api.GET('/fleet/bookings', { params: { query: { ...window, limit: BOARD_LIMIT } } })),
  });
}

export function useTripsIn(window: Window) {
  return useQuery({
    queryKey: [...FLEET, 'trips', window],
    queryFn: () => unwrap(api.GET('/fleet/trips', { params: { query: { ...window, limit: BOARD_LIMIT } } })),
  });
}

export function useVehicles() {
  return useQuery({
    queryKey: [...FLEET, 'vehicles'],
    queryFn: () => unwrap(api.GET('/fleet/vehicles', { params: { query: { limit: BOARD_LIMIT } } })),
  });
}

export function useDrivers() {
  return useQuery({
    queryKey: [...FLEET, 'drivers'],
    queryFn: () => unwrap(api.GET('/fleet/drivers', { params: { query: { limit: BOARD_LIMIT } } })),
  });
}

export function useCandidates(bookingId: string | undefined) {
  return useQuery({
    queryKey: [...FLEET, 'candidates', bookingId],
    enabled: Boolean(bookingId),
    queryFn: () => unwrap(api.GET('/fleet/bookings/{id}/candidates', { params: { path: { id: bookingId ?? '' } } })),
  });
}

/** After any dispatch, the board, the lists and the candidates are read again. */
function useFleetChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: FLEET });
}

type Action =
  | { kind: 'assign'; body: Schemas['AssignBookingDto'] }
  | { kind: 'pool'; body: Schemas['PoolBookingDto'] }
  | { kind: 'reject'; body: Schemas['ReasonDto'] }
  | { kind: 'no-show' };

export function useDispatchAction(bookingId: string) {
  const changed = useFleetChanged();
  const path = { params: { path: { id: bookingId } } };
  return useMutation({
    mutationFn: (action: Action) => {
      switch (action.kind) {
        case 'assign':
          return unwrap(api.POST('/fleet/bookings/{id}/assign', { ...path, body: action.body }));
        case 'pool':
          return unwrap(api.POST('/fleet/bookings/{id}/pool', { ...path, body: action.body }));
        case 'reject':
          return unwrap(api.POST('/fleet/bookings/{id}/reject', { ...path, body: action.body }));
        case 'no-show':
          return unwrap(api.POST('/fleet/bookings/{id}/no-show', path));
      }
    },
    onSuccess: changed,
  });
}

export function useMyTrips() {
  return useQuery({
    queryKey: [...FLEET, 'trips', 'mine'],
    queryFn: () => unwrap(api.GET('/fleet/trips', { params: { query: { limit: 50 } } })),
  });
}

export function useTripReading(tripId: string, step: 'check-out' | 'check-in') {
  const changed = useFleetChanged();
  return useMutation({
    mutationFn: (body: Schemas['OdometerReadingDto']) =>
      unwrap(
        step === 'check-out'
          ? api.POST('/fleet/trips/{id}/check-out', { params: { path: { id: tripId } }, body })
          : api.POST('/fleet/trips/{id}/check-in', { params: { path: { id: tripId } }, body }),
      ),
    onSuccess: changed,
  });
}

export function useWarnings() {
  return useQuery({
    queryKey: [...FLEET, 'warnings'],
    queryFn: () =>
      unwrap(api.GET('/fleet/warnings', { params: { query: { acknowledged: false, limit: BOARD_LIMIT } } })),
  });
}

export function useAcknowledgeWarning() {
  const changed = useFleetChanged();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/fleet/warnings/{id}/acknowledge', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useLoans() {
  return useQuery({
    queryKey: [...FLEET, 'bookings', 'loans'],
    queryFn: () => unwrap(api.GET('/fleet/bookings', { params: { query: { loan: true, limit: BOARD_LIMIT } } })),
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: ['agencies'],
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 100 } } })),
  });
}

export function usePaperBooking() {
  const changed = useFleetChanged();
  return useMutation({
    mutationFn: (body: Schemas['CreatePaperBookingDto']) => unwrap(api.POST('/fleet/bookings/paper', { body })),
    onSuccess: changed,
  });
}

export function useAddUnavailability() {
  const changed = useFleetChanged();
  return useMutation({
    mutationFn: ({ vehicleId, ...body }: Schemas['CreateUnavailabilityDto'] & { vehicleId: string }) =>
      unwrap(api.POST('/fleet/vehicles/{id}/unavailabilities', { params: { path: { id: vehicleId } }, body })),
    onSuccess: changed,
  });
}

/** The drivers' leave and training windows that overlap the window (or, without one, from now on). */
export function useDriverUnavailabilities(window?: Window) {
  return useQuery({
    queryKey: [...FLEET, 'driver-unavailabilities', window ?? 'upcoming'],
    queryFn: () =>
      unwrap(
        api.GET('/fleet/drivers/unavailabilities', {
          params: { query: { ...(window ?? { from: new Date().toISOString() }), limit: BOARD_LIMIT } },
        }),
      ),
  });
}

export function useAddDriverUnavailability() {
  const changed = useFleetChanged();
  return useMutation({
    mutationFn: ({ driverId, ...body }: Schemas['CreateDriverUnavailabilityDto'] & { driverId: string }) =>
      unwrap(api.POST('/fleet/drivers/{id}/unavailabilities', { params: { path: { id: driverId } }, body })),
    onSuccess: changed,
  });
}
