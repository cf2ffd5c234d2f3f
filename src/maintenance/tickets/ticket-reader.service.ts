import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page, PageQuery } from '../../common/pagination/keyset';
import { TicketAttachment } from '../attachments/ticket-attachment.entity';
import { TicketFilter } from './dto/ticket-query.dto';
import { CostTotalsView } from './dto/ticket-view.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { canSee, isStaff, restrictToVisible, TicketViewer } from './ticket-access';
import { TicketComment } from './ticket-comment.entity';
import { COST_KINDS, TicketCostLine } from './ticket-cost-line.entity';
import { TicketStatusChange } from './ticket-status-change.entity';

const NEWEST_FIRST = { sortColumn: 'ticket.created_at', sortKey: 'createdAt', idColumn: 'ticket.id', direction: 'DESC' } as const;

function escapeLike(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** Reads tickets within what the viewer may see; anything else is reported as not found. */
@Injectable()
export class TicketReaderService {
  constructor(@InjectRepository(MaintenanceTicket) private readonly tickets: Repository<MaintenanceTicket>) {}

  /** The ticket if the viewer may see it (locked for update when a transaction is given), else 404. */
  async getVisible(viewer: TicketViewer, id: string, manager?: EntityManager): Promise<MaintenanceTicket> {
    const ticket = manager
      ? await manager.findOne(MaintenanceTicket, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.tickets.findOneBy({ id });
    if (!ticket || !canSee(viewer, ticket)) throw new NotFoundError('maintenance_ticket', id);
    return ticket;
  }

  list(viewer: TicketViewer, query: TicketFilter & PageQuery): Promise<Page<MaintenanceTicket>> {
    return keysetPage(this.filtered(viewer, query), NEWEST_FIRST, query);
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

  async details(viewer: TicketViewer, ticket: MaintenanceTicket) {
    const manager = this.tickets.manager;
    const [history, comments, costLines, attachments] = await Promise.all([
      manager.find(TicketStatusChange, { where: { ticketId: ticket.id }, order: { id: 'ASC' } }),
      manager.find(TicketComment, { where: { ticketId: ticket.id, ...(isStaff(viewer.actor) ? {} : { internal: false }) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      manager.find(TicketCostLine, { where: { ticketId: ticket.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      manager.find(TicketAttachment, { where: { ticketId: ticket.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return { history, comments, costLines, costTotals: costTotalsOf(costLines), attachments };
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
      builder.andWhere('(ticket.number ILIKE :text OR ticket.title ILIKE :text OR ticket.description ILIKE :text)', { text: escapeLike(filter.text) });
    }
    return builder;
  }
}

export function costTotalsOf(lines: Pick<TicketCostLine, 'kind' | 'amount'>[]): CostTotalsView {
  const totals = Object.fromEntries(COST_KINDS.map((kind) => [kind, 0])) as Record<(typeof COST_KINDS)[number], number>;
  for (const line of lines) totals[line.kind] = Math.round((totals[line.kind] + line.amount) * 100) / 100;
  return { ...totals, total: Math.round(COST_KINDS.reduce((sum, kind) => sum + totals[kind] * 100, 0)) / 100 };
}
