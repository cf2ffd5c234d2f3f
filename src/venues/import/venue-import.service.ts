import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { IMPORT_LINES_PER_SAVEPOINT, ImportLine, importLines, ImportOutcome } from '../../common/import/import-lines';
import { NamedLookup, namedLookup } from '../../common/import/named-lookup';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { VenueBooking } from '../bookings/venue-booking.entity';
import { isVenueOverlap, VenueOccupancyService } from '../bookings/venue-occupancy.service';
import { VenueSpace } from '../spaces/venue-space.entity';
import { EVENT_KIND_LABELS, EventKind } from '../venue.constants';
import { ImportedVenueOverlapError } from './venue-import.errors';

/** A venue booking of the office's earlier records, its references already resolved. */
export interface ImportedVenueBooking {
  spaceId: string;
  startsAt: Date;
  endsAt: Date;
  agencyId: string;
  title: string;
  eventKind: EventKind;
  attendees: number;
  contactName: string;
}

/** The kinds of event by their Chinese label (會議, 訓練…), as the office's files write them. */
export const EVENT_KINDS_BY_LABEL: ReadonlyMap<string, EventKind> = new Map(
  Object.entries(EVENT_KIND_LABELS).map(([kind, label]) => [label, kind as EventKind]),
);

/**
 * Brings in the venue bookings of earlier years with their own times, as bookings that went ahead
 * (approved): they hold their space, and every part of it, through the same occupancy rows as any
 * booking, so an overlap is refused by the exclusion constraint, line by line. Earlier windows are
 * taken as they were used, without setup or cleanup buffers, and no booking rule of lead time,
 * opening hours or capacity applies to them.
 */
@Injectable()
export class VenueImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly occupancy: VenueOccupancyService,
    private readonly audit: AuditService,
  ) {}

  /** Spaces by code and by name, as the office's files write them. */
  async spaces(): Promise<NamedLookup> {
    return namedLookup(
      await this.dataSource.getRepository(VenueSpace).find({ select: { id: true, code: true, name: true } }),
    );
  }

  importBookings(actor: Actor, lines: ImportLine<ImportedVenueBooking>[], commit: boolean): Promise<ImportOutcome> {
    return importLines(
      this.transactions,
      lines,
      commit,
      (manager, { values }) => this.insert(manager, actor, values),
      undefined,
      IMPORT_LINES_PER_SAVEPOINT,
    );
  }

  private async insert(manager: EntityManager, actor: Actor, values: ImportedVenueBooking): Promise<void> {
    const importedAt = new Date();
    const booking = await manager.save(
      VenueBooking,
      manager.create(VenueBooking, {
        ...values,
        requesterId: actor.userId,
        contactPhone: '',
        setupMinutes: 0,
        cleanupMinutes: 0,
        status: 'approved',
        decidedById: actor.userId,
        decidedAt: values.startsAt,
        createdAt: values.startsAt,
        importedAt,
      }),
    );
    try {
      await this.occupancy.hold(manager, booking);
    } catch (error) {
      throw isVenueOverlap(error) ? new ImportedVenueOverlapError() : error;
    }
    await this.audit.record(manager, actor, {
      entityType: 'venue_booking',
      entityId: booking.id,
      action: 'import',
      after: booking,
    });
  }
}
