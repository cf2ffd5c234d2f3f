import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, EntityMetadata, EntityTarget, Repository, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { filteredKeysetPage, keysetPage, Page, PageQuery } from '../../common/pagination/keyset';
import { BusinessCalendar } from '../../common/time';
import { AppConfig } from '../../config/app-config.schema';
import { TicketAttachment } from '../attachments/ticket-attachment.entity';
import { SlaStanding, ticketSla, ticketStanding } from '../sla/ticket-sla';
import { TicketFilter } from './dto/ticket-query.dto';
import { CostTotalsView } from './dto/ticket-view.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { canSee, isStaff, restrictToVisible, TicketViewer } from './ticket-access';
import { TicketComment } from './ticket-comment.entity';
import { COST_KINDS, TicketCostLine } from './ticket-cost-line.entity';
import { OPEN_STATUSES } from './ticket-state-machine';
import { TicketStatusChange } from './ticket-status-change.entity';

const NEWEST_FIRST = {
  sortColumn: 'ticket.created_at',
  sortKey: 'createdAt',
  idColumn: 'ticket.id',
  direction: 'DESC',
} as const;

const selectLists = new WeakMap<EntityMetadata, string>();

/**
 * A select list giving raw rows the entity's shape: its property names in its column order, numeric
 * columns (mapped to numbers by a transformer) read as float8, which pg parses to the same number.
 */
function entityColumnsOf(metadata: EntityMetadata): string {
  let list = selectLists.get(metadata);
  if (!list) {
    list = metadata.columns
      .map(
        (column) =>
          `"${column.databaseName}"${column.type === 'numeric' ? '::float8' : ''} AS "${column.propertyName}"`,
      )
      .join(', ');
    selectLists.set(metadata, list);
  }
  return list;
}

/**
 * What SQL can rule out before the exact standing is computed: a clock is breached only once its
 * instant (done, paused or now) passed its stored due time, and only an open ticket has a running
 * clock to be at risk. Tickets on time are read unnarrowed.
 */
function narrowToStanding(
  builder: SelectQueryBuilder<MaintenanceTicket>,
  standing: SlaStanding,
  now: Date,
): SelectQueryBuilder<MaintenanceTicket> {
  const open = { openStatuses: [...OPEN_STATUSES], standingNow: now };
  if (standing === 'at_risk') return builder.andWhere('ticket.status IN (:...openStatuses)', open);
  if (standing === 'on_time') return builder;
  const ended = 'CASE WHEN ticket.status IN (:...openStatuses) THEN NULL ELSE ticket.closed_at END';
  return builder.andWhere(
    `(COALESCE(ticket.responded_at, ${ended}, :standingNow) > ticket.response_due_at OR ` +
      `COALESCE(ticket.resolved_at, ${ended}, ticket.paused_since, :standingNow) > ticket.resolution_due_at)`,
    open,
  );
}

function escapeLike(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** Reads tickets within what the viewer may see; anything else is reported as not found. */
@Injectable()
export class TicketReaderService {
  constructor(
    @InjectRepository(MaintenanceTicket) private readonly tickets: Repository<MaintenanceTicket>,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  /** The ticket if the viewer may see it (locked for update when a transaction is given), else 404. */
  async getVisible(viewer: TicketViewer, id: string, manager?: EntityManager): Promise<MaintenanceTicket> {
    const ticket = manager
      ? await manager.findOne(MaintenanceTicket, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.tickets.findOneBy({ id });
    if (!ticket || !canSee(viewer, ticket)) throw new NotFoundError('maintenance_ticket', id);
    return ticket;
  }

  /** A page of tickets read as plain rows: a 200-row page is not hydrated into entities and copied again. */
  list(viewer: TicketViewer, query: TicketFilter & PageQuery, now = new Date()): Promise<Page<MaintenanceTicket>> {
    const columns = entityColumnsOf(this.tickets.metadata);
    const readRows = (builder: SelectQueryBuilder<MaintenanceTicket>) =>
      builder.select(columns).getRawMany<MaintenanceTicket>();
    const { slaState } = query;
    if (!slaState) return keysetPage(this.filtered(viewer, query), NEWEST_FIRST, query, readRows);
    // The standing needs the office calendar's business minutes, so code decides it row by row.
    const warningFraction = this.config.maintenance.slaWarningPercent / 100;
    return filteredKeysetPage(
      () => narrowToStanding(this.filtered(viewer, query), slaState, now),
      NEWEST_FIRST,
      query,
      (ticket) => ticketStanding(ticketSla(ticket, now, this.calendar), warningFraction) === slaState,
      readRows,
    );
  }

  /** Every matching ticket, newest first, one page at a time (for exports). */
  async *all(viewer: TicketViewer, filter: TicketFilter, pageSize = 200): AsyncGenerator<MaintenanceTicket[]> {
    let cursor: string | undefined;
    do {
      const page = await this.list(viewer, { ...filter, limit: pageSize, cursor });
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  /**
   * The ticket (404 unless the viewer may see it) with its history, comments, costs and attachments:
   * five lean statements run in parallel with the viewer's own lookup, so one round trip in all.
   */
  async withDetails(viewerOf: Promise<TicketViewer>, id: string) {
    const [viewer, [ticket], history, comments, costLines, attachments] = await Promise.all([
      viewerOf,
      this.rowsOf<MaintenanceTicket>(MaintenanceTicket, 'id = $1', id),
      this.rowsOf<TicketStatusChange>(TicketStatusChange, 'ticket_id = $1 ORDER BY id ASC', id),
      this.rowsOf<TicketComment>(TicketComment, 'ticket_id = $1 ORDER BY created_at ASC, id ASC', id),
      this.rowsOf<TicketCostLine>(TicketCostLine, 'ticket_id = $1 ORDER BY created_at ASC, id ASC', id),
      this.rowsOf<TicketAttachment>(TicketAttachment, 'ticket_id = $1 ORDER BY created_at ASC, id ASC', id),
    ]);
    if (!ticket || !canSee(viewer, ticket)) throw new NotFoundError('maintenance_ticket', id);
    const visibleComments = isStaff(viewer.actor) ? comments : comments.filter((comment) => !comment.internal);
    return {
      viewer,
      ticket,
      details: { history, comments: visibleComments, costLines, costTotals: costTotalsOf(costLines), attachments },
    };
  }

  private rowsOf<T>(entity: EntityTarget<T>, condition: string, id: string): Promise<T[]> {
    const metadata = this.tickets.manager.dataSource.getMetadata(entity);
    return this.tickets.manager.query(
      `SELECT ${entityColumnsOf(metadata)} FROM "${metadata.tableName}" WHERE ${condition}`,
      [id],
    );
  }

  private filtered(viewer: TicketViewer, filter: TicketFilter): SelectQueryBuilder<MaintenanceTicket> {
    const builder = this.tickets.createQueryBuilder('ticket');
    restrictToVisible(builder, viewer);
    const equals: [keyof TicketFilter, string][] = [
      ['status', 'status'],
      ['tradeCode', 'trade_code'],
      ['siteId', 'site_id'],
      ['buildingId', 'building_id'],
      ['agencyId', 'agency_id'],
      ['priority', 'priority'],
      ['assigneeUserId', 'assignee_user_id'],
    ];
    for (const [key, column] of equals) {
      if (filter[key] !== undefined) builder.andWhere(`ticket.${column} = :${key}`, { [key]: filter[key] });
    }
    if (filter.from) builder.andWhere('ticket.created_at >= :from', { from: filter.from });
    if (filter.to) builder.andWhere('ticket.created_at < :to', { to: filter.to });
    if (filter.text) {
      builder.andWhere('(ticket.number ILIKE :text OR ticket.title ILIKE :text OR ticket.description ILIKE :text)', {
        text: escapeLike(filter.text),
      });
    }
    return builder;
  }
}

export function costTotalsOf(lines: Pick<TicketCostLine, 'kind' | 'amount'>[]): CostTotalsView {
  const totals = Object.fromEntries(COST_KINDS.map((kind) => [kind, 0])) as Record<(typeof COST_KINDS)[number], number>;
  for (const line of lines) totals[line.kind] = Math.round((totals[line.kind] + line.amount) * 100) / 100;
  return { ...totals, total: Math.round(COST_KINDS.reduce((sum, kind) => sum + totals[kind] * 100, 0)) / 100 };
}
