import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { In, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { Actor } from '../../auth/actor';
import { formatRocDateTime } from '../../common/time';
import { BOOKING_STATE_LABELS, FLEET_RULES } from '../fleet.constants';
import { Vehicle } from '../vehicles/vehicle.entity';
import { Booking } from './booking.entity';
import { BOOKING_ORDER, scopedBookings } from './booking-scope';
import { BookingExportQuery } from './dto/booking-query.dto';

const HEADERS = ['編號', '機關', '申請管道', '事由', '起點', '停靠點', '目的地', '人數', '開始', '結束', '狀態', '車牌', '借用', '原因'];

export interface ExportFile {
  contentType: string;
  fileName: string;
  body: Buffer;
}

/** The booking list as a spreadsheet for the office (zh-TW headers and states, ROC dates). */
@Injectable()
export class BookingExportService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(Vehicle) private readonly vehicles: Repository<Vehicle>,
    private readonly agencies: AgenciesService,
  ) {}

  async export(actor: Actor, query: BookingExportQuery): Promise<ExportFile> {
    const builder = scopedBookings(this.bookings, actor, query).orderBy(BOOKING_ORDER.sortColumn, 'DESC').addOrderBy(BOOKING_ORDER.idColumn, 'DESC');
    const bookings = await builder.limit(FLEET_RULES.exportRowLimit).getMany();
    const rows = await this.rows(bookings);
    if (query.format === 'xlsx') {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('派車紀錄');
      sheet.addRow(HEADERS).font = { bold: true };
      sheet.addRows(rows);
      const body = Buffer.from(await workbook.xlsx.writeBuffer());
      return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: 'fleet-bookings.xlsx', body };
    }
    // The BOM lets Excel open the UTF-8 Chinese text correctly.
    const body = Buffer.from(`\uFEFF${stringify([HEADERS, ...rows])}`, 'utf8');
    return { contentType: 'text/csv; charset=utf-8', fileName: 'fleet-bookings.csv', body };
  }

  private async rows(bookings: Booking[]): Promise<(string | number)[][]> {
    const vehicleIds = [...new Set(bookings.flatMap((booking) => (booking.trip ? [booking.trip.vehicleId] : [])))];
    const plates = new Map((vehicleIds.length ? await this.vehicles.findBy({ id: In(vehicleIds) }) : []).map((vehicle) => [vehicle.id, vehicle.plate]));
    const agencyNames = new Map<string, string>();
    for (const agencyId of new Set(bookings.map((booking) => booking.agencyId))) agencyNames.set(agencyId, (await this.agencies.get(agencyId)).name);
    return bookings.map((booking) => [
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
