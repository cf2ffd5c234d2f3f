import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clash, VenueClashError } from '../venues.errors';
import { BookingWindow, occupiedWindow } from './booking-rules';

export interface ClashAttempt extends BookingWindow {
  spaceId: string;
  /** The booking being moved or approved: its own rows are not a clash. */
  excludeBookingId?: string;
}

type Executor = Pick<EntityManager, 'query'>;

const EXCLUSION = 'ex_venue_occupancies_space';

/** Whether the error is PostgreSQL refusing an overlap of venue occupancies. */
export function isVenueOverlap(error: unknown): boolean {
  const driverError = ((error as { driverError?: unknown }).driverError ?? error) as {
    code?: string;
    constraint?: string;
  };
  return driverError.code === '23P01' && driverError.constraint === EXCLUSION;
}

/**
 * Writes and reads the occupancy rows. Overlaps are refused by the exclusion constraint, never by
 * a check here (a check-then-insert would race); after a refusal the transaction is gone, so the
 * bookings in the way are looked up on a fresh connection to name them in the 409.
 */
@Injectable()
export class VenueOccupancyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Holds the booked space and every part of it for the booking's window, buffers included. */
  async hold(manager: Executor, booking: BookingWindow & { id: string; spaceId: string }): Promise<void> {
    const { from, until } = occupiedWindow(booking);
    await manager.query(
      `INSERT INTO venue_occupancies (booking_id, space_id, occupied)
       SELECT $1, descendant_id, tstzrange($3, $4, '[)') FROM venue_space_links WHERE ancestor_id = $2`,
      [booking.id, booking.spaceId, from, until],
    );
  }

  async release(manager: Executor, bookingId: string): Promise<void> {
    await manager.query('DELETE FROM venue_occupancies WHERE booking_id = $1', [bookingId]);
  }

  /** Runs `work` and turns an overlap refused by PostgreSQL into a 409 naming the bookings in the way. */
  async mapClash<T>(attempt: ClashAttempt, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isVenueOverlap(error)) throw error;
      throw new VenueClashError(attempt.spaceId, await this.clashesWith(this.dataSource, attempt));
    }
  }

  /**
   * Refuses a request that already clashes with a booking holding the space. Only a courtesy to
   * the booker: the exclusion constraint decides when the request is approved.
   */
  async assertFree(manager: Executor, attempt: ClashAttempt): Promise<void> {
    const clashes = await this.clashesWith(manager, attempt);
    if (clashes.length) throw new VenueClashError(attempt.spaceId, clashes);
  }

  /** Bookings holding any physical space of the attempt's footprint in its window. */
  async clashesWith(executor: Executor, attempt: ClashAttempt): Promise<Clash[]> {
    const { from, until } = occupiedWindow(attempt);
    const rows: { booking_id: string; space_id: string; occupied_from: Date; occupied_until: Date }[] =
      await executor.query(
        `SELECT DISTINCT ON (o.booking_id) o.booking_id, o.space_id, lower(o.occupied) AS occupied_from, upper(o.occupied) AS occupied_until
           FROM venue_space_links l
           JOIN venue_occupancies o ON o.space_id = l.descendant_id
          WHERE l.ancestor_id = $1 AND o.occupied && tstzrange($2, $3, '[)')
            AND ($4::uuid IS NULL OR o.booking_id <> $4)
          ORDER BY o.booking_id, lower(o.occupied)`,
        [attempt.spaceId, from, until, attempt.excludeBookingId ?? null],
      );
    return rows
      .map((row) => ({
        bookingId: row.booking_id,
        spaceId: row.space_id,
        occupiedFrom: row.occupied_from,
        occupiedUntil: row.occupied_until,
      }))
      .sort((a, b) => a.occupiedFrom.getTime() - b.occupiedFrom.getTime());
  }
}
