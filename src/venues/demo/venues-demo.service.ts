import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { BusinessCalendar } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { VenueBookingsService } from '../bookings/venue-bookings.service';
import { VenueSpacesService } from '../spaces/venue-spaces.service';
import { EventKind } from '../venue.constants';

export interface VenuesDemoPlan {
  /** Agency staff who book: their bookings of a space that needs approval wait in the queue. */
  requesters: { userId: string; agencyId: string; displayName: string }[];
  /** Working days ahead with bookings. */
  aheadDays: number;
}

interface DemoEvent {
  code: string;
  from: string;
  to: string;
  title: string;
  eventKind: EventKind;
  attendees: number;
  setupMinutes?: number;
}

const ZONE = 'Asia/Taipei';

/** Each working day's pattern: meeting rooms taken at once, public spaces requested (two compete for one auditorium slot). */
const DAY_PLAN: DemoEvent[][] = [
  [
    { code: 'SW-201', from: '09:00', to: '10:30', title: '科長會報', eventKind: 'meeting', attendees: 18 },
    { code: 'SW-MPR', from: '14:00', to: '16:30', title: '年度預算說明會', eventKind: 'lecture', attendees: 70 },
    { code: 'SW-AUD', from: '09:30', to: '12:00', title: '防災宣導講座', eventKind: 'publicity', attendees: 300 },
    { code: 'SW-AUD', from: '10:00', to: '11:30', title: '戶政業務講習', eventKind: 'training', attendees: 200 },
    { code: 'FS-F201', from: '10:00', to: '11:00', title: '採購案評選會議', eventKind: 'meeting', attendees: 12 },
  ],
  [
    { code: 'SW-301', from: '13:30', to: '15:00', title: '資訊安全教育訓練', eventKind: 'training', attendees: 20 },
    {
      code: 'SW-ATRIUM',
      from: '10:00',
      to: '16:00',
      title: '在地農特產品展售',
      eventKind: 'exhibition',
      attendees: 150,
      setupMinutes: 60,
    },
    { code: 'FS-R201', from: '09:30', to: '11:30', title: '里長業務座談', eventKind: 'meeting', attendees: 40 },
    {
      code: 'FS-PLAZA',
      from: '15:00',
      to: '18:00',
      title: '反詐騙宣導活動',
      eventKind: 'publicity',
      attendees: 400,
      setupMinutes: 90,
    },
  ],
  [
    { code: 'SW-401', from: '10:00', to: '12:00', title: '跨機關視訊會議', eventKind: 'meeting', attendees: 30 },
    {
      code: 'FS-AUD',
      from: '14:00',
      to: '16:00',
      title: '志工表揚典禮',
      eventKind: 'ceremony',
      attendees: 250,
      setupMinutes: 30,
    },
    { code: 'FS-F301', from: '14:00', to: '15:00', title: '工程進度檢討', eventKind: 'meeting', attendees: 10 },
  ],
];

/** Today's events, approved, so that the day sheet has something to check in (whatever day it is). */
const TODAY: DemoEvent[] = [
  { code: 'SW-201', from: '10:00', to: '12:00', title: '業務聯繫會報', eventKind: 'meeting', attendees: 20 },
  { code: 'SW-MPR-A', from: '14:00', to: '16:00', title: '新進人員訓練', eventKind: 'training', attendees: 35 },
  {
    code: 'SW-ATRIUM',
    from: '11:00',
    to: '17:00',
    title: '捐血活動',
    eventKind: 'publicity',
    attendees: 120,
    setupMinutes: 60,
  },
  { code: 'FS-F201', from: '09:00', to: '10:00', title: '晨間協調會', eventKind: 'meeting', attendees: 15 },
  {
    code: 'FS-AUD',
    from: '19:00',
    to: '21:00',
    title: '社區音樂會',
    eventKind: 'performance',
    attendees: 350,
    setupMinutes: 120,
  },
];

/**
 * Demo venue bookings: today's approved events for the day sheet, and the coming working days'
 * meeting-room bookings (held at once) and public-space requests waiting for the venue staff,
 * two of them competing for one slot. Written through the booking service, so the exclusion
 * constraint and the audit trail apply as to any booking.
 */
@Injectable()
export class VenuesDemoService {
  constructor(
    private readonly spaces: VenueSpacesService,
    private readonly bookings: VenueBookingsService,
    private readonly calendar: BusinessCalendar,
    private readonly transactions: TransactionRunner,
  ) {}

  async load(staff: Actor, plan: VenuesDemoPlan): Promise<{ venueBookings: number }> {
    const spaces = new Map((await this.spaces.rows({ includeInactive: false })).map((space) => [space.code, space]));
    const today = DateTime.now().setZone(ZONE);
    let count = 0;
    const add = async (actor: Actor, day: DateTime, event: DemoEvent, index: number) => {
      const space = spaces.get(event.code);
      if (!space) return;
      const requester = plan.requesters[index % plan.requesters.length];
      const at = (time: string) => DateTime.fromISO(`${day.toISODate()}T${time}`, { zone: ZONE }).toJSDate();
      await this.transactions.run((manager) =>
        this.bookings.insert(
          manager,
          actor,
          space,
          {
            title: event.title,
            eventKind: event.eventKind,
            attendees: event.attendees,
            startsAt: at(event.from),
            endsAt: at(event.to),
            setupMinutes: event.setupMinutes ?? 0,
            cleanupMinutes: event.setupMinutes ?? 0,
            equipment: [],
            contactName: requester.displayName,
            contactPhone: `07-7995678#${2100 + index}`,
          },
          { agencyId: requester.agencyId, requesterId: requester.userId },
        ),
      );
      count += 1;
    };
    for (const [index, event] of TODAY.entries()) await add(staff, today, event, index);
    let day = today.plus({ days: 1 });
    for (let worked = 0; worked < plan.aheadDays; day = day.plus({ days: 1 })) {
      if (!this.calendar.isWorkingDay(day.toISODate()!)) continue;
      for (const [index, event] of DAY_PLAN[worked % DAY_PLAN.length].entries())
        await add(this.asRequester(plan, index), day, event, index);
      worked += 1;
    }
    return { venueBookings: count };
  }

  private asRequester(plan: VenuesDemoPlan, index: number): Actor {
    const requester = plan.requesters[index % plan.requesters.length];
    return {
      userId: requester.userId,
      agencyId: requester.agencyId,
      roles: ['requester'],
      displayName: requester.displayName,
      requestId: 'seed-demo-data',
    };
  }
}
