import { Injectable } from '@nestjs/common';
import { AgenciesService } from '../../agencies/agencies.service';
import { rowsNamingAgencies, upTo } from '../../common/export/export-rows';
import { Cell, ExportFormat, ExportStream, exportTable } from '../../common/export/table-export';
import { formatRocDateTime } from '../../common/time';
import { Actor } from '../../identity/actor';
import { TradesService } from '../../trades/trades.service';
import { TICKET_PRIORITY_LABELS } from '../sla/sla-clock';
import { TicketFilter } from '../tickets/dto/ticket-query.dto';
import { HOLD_REASON_RULES } from '../tickets/hold-reasons';
import { MaintenanceTicket } from '../tickets/maintenance-ticket.entity';
import { TechniciansService } from '../tickets/technicians.service';
import { TicketReaderService } from '../tickets/ticket-reader.service';
import { TICKET_STATUS_LABELS } from '../tickets/ticket-state-machine';

/** More rows than this is a report, not an export; narrow the filter. */
const MAX_EXPORT_ROWS = 50_000;

interface Names {
  agencies: Map<string, string>;
  trades: Map<string, string>;
}

const when = (instant: Date | null) => (instant ? formatRocDateTime(instant) : '');

/** The list's columns as the office reads them, with zh-TW headers. */
const COLUMNS: { header: string; width: number; value: (ticket: MaintenanceTicket, names: Names) => Cell }[] = [
  { header: '案件編號', width: 12, value: (ticket) => ticket.number },
  { header: '狀態', width: 8, value: (ticket) => TICKET_STATUS_LABELS[ticket.status] },
  { header: '優先等級', width: 8, value: (ticket) => TICKET_PRIORITY_LABELS[ticket.priority] },
  { header: '報修機關', width: 16, value: (ticket, names) => names.agencies.get(ticket.agencyId) ?? '' },
  { header: '工種', width: 10, value: (ticket, names) => names.trades.get(ticket.tradeCode) ?? ticket.tradeCode },
  { header: '細項', width: 10, value: (ticket) => ticket.subCategory ?? '' },
  { header: '地點', width: 30, value: (ticket) => [ticket.locationLabel, ticket.spotText].filter(Boolean).join(' ') },
  { header: '標題', width: 30, value: (ticket) => ticket.title },
  { header: '報修時間', width: 18, value: (ticket) => when(ticket.createdAt) },
  { header: '派工時間', width: 18, value: (ticket) => when(ticket.respondedAt) },
  { header: '派工期限', width: 18, value: (ticket) => when(ticket.responseDueAt) },
  { header: '完工時間', width: 18, value: (ticket) => when(ticket.resolvedAt) },
  { header: '完工期限', width: 18, value: (ticket) => when(ticket.resolutionDueAt) },
  { header: '結案時間', width: 18, value: (ticket) => when(ticket.closedAt) },
  { header: '承作廠商', width: 16, value: (ticket) => ticket.vendorName ?? '' },
  {
    header: '暫停原因',
    width: 12,
    value: (ticket) => (ticket.holdReason ? HOLD_REASON_RULES[ticket.holdReason].label : ''),
  },
  { header: '重新開啟次數', width: 8, value: (ticket) => ticket.reopenCount },
  { header: '滿意度', width: 8, value: (ticket) => ticket.satisfaction ?? '' },
];

/** Exports the tickets the caller may see, filtered like the list, as CSV or XLSX. */
@Injectable()
export class TicketExportService {
  constructor(
    private readonly reader: TicketReaderService,
    private readonly technicians: TechniciansService,
    private readonly agencies: AgenciesService,
    private readonly trades: TradesService,
  ) {}

  async export(actor: Actor, filter: TicketFilter, format: ExportFormat): Promise<ExportStream> {
    const viewer = await this.technicians.viewerOf(actor);
    const trades = await this.trades.list();
    const names: Names = { agencies: new Map(), trades: new Map(trades.map((trade) => [trade.code, trade.name])) };
    return exportTable(format, {
      name: 'maintenance-tickets',
      sheet: '維修案件',
      columns: COLUMNS,
      pages: rowsNamingAgencies(
        upTo(this.reader.all(viewer, filter), MAX_EXPORT_ROWS),
        { names: names.agencies, idOf: (ticket) => ticket.agencyId, find: (id) => this.agencies.get(id) },
        (ticket) => COLUMNS.map((column) => column.value(ticket, names)),
      ),
    });
  }
}
