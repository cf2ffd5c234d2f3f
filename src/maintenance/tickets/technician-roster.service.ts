import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Actor, agencyScopeOf } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import { TechnicianView } from './dto/technician.dto';
import { MaintenanceTicket } from './maintenance-ticket.entity';
import { TechnicianTrade } from './technician-trade.entity';
import { OFFICE_ROLES } from './ticket-access';
import { OPEN_STATUSES } from './ticket-state-machine';

/**
 * The technicians a coordinator may assign: active accounts holding the technician role and at
 * least one trade, each with the open tickets already on them, the least busy first.
 */
@Injectable()
export class TechnicianRosterService {
  constructor(
    @InjectRepository(TechnicianTrade) private readonly technicianTrades: Repository<TechnicianTrade>,
    @InjectRepository(MaintenanceTicket) private readonly tickets: Repository<MaintenanceTicket>,
    private readonly users: UsersService,
  ) {}

  async list(actor: Actor, tradeCode?: string): Promise<TechnicianView[]> {
    const tradesByUser = await this.tradesByUser(tradeCode);
    const people = await this.users.activeIdentitiesWithRole(
      [...tradesByUser.keys()],
      'technician',
      agencyScopeOf(actor, OFFICE_ROLES),
    );
    const workload = await this.openTicketsByAssignee(people.map((person) => person.id));
    return people
      .map((person) => ({
        userId: person.id,
        displayName: person.displayName,
        tradeCodes: tradesByUser.get(person.id)!,
        openTickets: workload.get(person.id) ?? 0,
      }))
      .sort((a, b) => a.openTickets - b.openTickets || a.displayName.localeCompare(b.displayName, 'zh-TW'));
  }

  /** Every trade of each technician who works in `tradeCode` (or in any trade). */
  private async tradesByUser(tradeCode?: string): Promise<Map<string, string[]>> {
    const builder = this.technicianTrades
      .createQueryBuilder('technician')
      .select('technician.user_id', 'userId')
      .addSelect('array_agg(technician.trade_code ORDER BY technician.trade_code)', 'tradeCodes')
      .groupBy('technician.user_id');
    if (tradeCode) builder.having('bool_or(technician.trade_code = :tradeCode)', { tradeCode });
    const rows = await builder.getRawMany<{ userId: string; tradeCodes: string[] }>();
    return new Map(rows.map((row) => [row.userId, row.tradeCodes]));
  }

  private async openTicketsByAssignee(userIds: string[]): Promise<Map<string, number>> {
    if (!userIds.length) return new Map();
    const rows = await this.tickets
      .createQueryBuilder('ticket')
      .select('ticket.assignee_user_id', 'userId')
      .addSelect('count(*)::int', 'open')
      .where({ assigneeUserId: In(userIds), status: In([...OPEN_STATUSES]) })
      .groupBy('ticket.assignee_user_id')
      .getRawMany<{ userId: string; open: number }>();
    return new Map(rows.map((row) => [row.userId, row.open]));
  }
}
