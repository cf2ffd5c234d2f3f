import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { addNames, keysetPages, upTo } from '../../common/export/export-rows';
import { Cell, ExportStream, exportTable } from '../../common/export/table-export';
import { keysetPage } from '../../common/pagination/keyset';
import { formatRocDateTime } from '../../common/time';
import { Actor } from '../../identity/actor';
import { BOOKING_STATE_LABELS, FLEET_RULES } from '../fleet.constants';
import { Vehicle } from '../vehicles/vehicle.entity';
import { BOOKING_ORDER, scopedBookings } from './booking-scope';
import { Booking } from './booking.entity';
import { BookingExportQuery } from './dto/booking-query.dto';

const HEADERS = [
  '編號',
  '機關',
  '申請管道',
  '事由',
  '起點',
  '停靠點',
  '目的地',
  '人數',
  '開始',
  '結束',
  '狀態',
  '車牌',
  '借用',
  '原因',
];

/** The booking list as a spreadsheet for the office (zh-TW headers and states, ROC dates), newest first. */
@Injectable()
export class BookingExportService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(Vehicle) private readonly vehicles: Repository<Vehicle>,
    private readonly agencies: AgenciesService,
  ) {}

  async export(actor: Actor, query: BookingExportQuery): Promise<ExportStream> {
    const pages = keysetPages((page) => keysetPage(scopedBookings(this.bookings, actor, query), BOOKING_ORDER, page));
    return exportTable(query.format ?? 'csv', {
      name: 'fleet-bookings',
      sheet: '派車紀錄',
      columns: HEADERS.map((header) => ({ header })),
      pages: this.rows(upTo(pages, FLEET_RULES.exportRowLimit)),
    });
  }

  /** The rows a page at a time, as the file is written. */
  private async *rows(pages: AsyncIterable<Booking[]>): AsyncGenerator<Cell[][]> {
    const agencyNames = new Map<string, string>();
    for await (const bookings of pages) {
      await addNames(
        agencyNames,
        bookings.map((booking) => booking.agencyId),
        (id) => this.agencies.get(id),
      );
      const plates = await this.platesOf(bookings);
      yield bookings.map((booking) => [
        booking.id,
        agencyNames.get(booking.agencyId) ?? '',
        booking.channel === 'paper' ? '紙本' : '線上',
        booking.purpose,
        booking.origin,
        booking.stops.join('、'),
        booking.destination,
        booking.passengers,
        formatRocDateTime(booking.startsAt),
        formatRocDateTime(booking.endsAt),
        BOOKING_STATE_LABELS[booking.state],
        booking.trip ? (plates.get(booking.trip.vehicleId) ?? '') : '',
        booking.loan ? '是' : '否',
        booking.reason ?? '',
      ]);
    }
  }

  private async platesOf(bookings: Booking[]): Promise<Map<string, string>> {
    const vehicleIds = [...new Set(bookings.flatMap((booking) => (booking.trip ? [booking.trip.vehicleId] : [])))];
    const vehicles = vehicleIds.length ? await this.vehicles.findBy({ id: In(vehicleIds) }) : [];
    return new Map(vehicles.map((vehicle) => [vehicle.id, vehicle.plate]));
  }
}
