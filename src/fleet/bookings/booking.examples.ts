import type { ExampleObject } from '@nestjs/swagger';
import { errorExample } from '../../common/errors/error-example';

/** Request examples of booking a car, shown in the API document. */
export const BOOK_A_CAR: Record<string, ExampleObject> = {
  withDriver: {
    summary: '需要駕駛的公務行程',
    value: {
      purpose: '市政會議接待外賓',
      origin: '四維行政中心',
      stops: ['高雄車站'],
      destination: '鳳山行政中心',
      passengers: 4,
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T12:00:00+08:00',
      needsDriver: true,
      contactPhone: '07-7995678#1234',
    },
  },
  vipVan: {
    summary: '接待貴賓用禮賓車',
    value: {
      purpose: '接待姊妹市訪問團',
      origin: '高雄國際機場',
      destination: '四維行政中心',
      passengers: 8,
      startsAt: '2026-12-03T14:00:00+08:00',
      endsAt: '2026-12-03T16:00:00+08:00',
      needsDriver: true,
      wantedClass: 'vip_van',
      contactPhone: '07-7995678#2001',
    },
  },
};

export const BOOKING_INVALID = {
  invalid: errorExample(
    '申請不符規定（一次列出全部問題）',
    400,
    'fleet.booking_invalid',
    'the booking request is invalid: startsAt must be at least 60 minutes from now',
    {
      problems: ['startsAt must be at least 60 minutes from now'],
    },
  ),
};

/** Request examples of assigning a car and a driver. */
export const ASSIGN: Record<string, ExampleObject> = {
  carAndDriver: {
    summary: '指派車輛與駕駛',
    value: {
      vehicleId: '0b7e6a52-3c1d-4e8f-9a2b-5c6d7e8f9a01',
      driverId: '7c2d9e41-8b3a-4f5c-a6d7-e8f901a2b3c4',
      version: 1,
    },
  },
};

export const ASSIGN_CONFLICTS = {
  doubleBooked: errorExample(
    '車輛在該時段已有車次',
    409,
    'fleet.double_booked',
    'the vehicle is already taken in that window by bookings 5d3c…',
    {
      resource: 'vehicle',
      resourceId: '0b7e6a52-3c1d-4e8f-9a2b-5c6d7e8f9a01',
      conflictingBookingIds: ['5d3c2b1a-0f9e-4d8c-b7a6-958473625140'],
      conflictingUnavailabilityIds: [],
    },
  ),
  notOpen: errorExample(
    '申請已不是待核派狀態',
    409,
    'fleet.booking_state',
    'booking 9a8b… is cancelled; it cannot be assigned',
    {
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      state: 'cancelled',
    },
  ),
};

export const ASSIGN_REFUSALS = {
  notAssignable: errorExample(
    '車輛不可派',
    422,
    'fleet.vehicle_not_assignable',
    'vehicle ABC-1235 cannot be assigned: insurance lapsed on 2026-11-30',
    {
      plate: 'ABC-1235',
      reasons: ['insurance lapsed on 2026-11-30'],
    },
  ),
  seats: errorExample(
    '座位不足',
    422,
    'fleet.seats_exceeded',
    'the vehicle seats 4 but the trip carries 6 passengers',
    {
      seats: 4,
      passengers: 6,
    },
  ),
};
