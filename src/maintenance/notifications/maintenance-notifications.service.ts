import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { NotificationQuery, NotificationView } from './dto/notification.dto';
import { MaintenanceNotification } from './maintenance-notification.entity';
import { recipientKeysOf } from './notification-recipients';

const VIEW_COLUMNS = [
  'id',
  'ticketId',
  'kind',
  'clock',
  'recipient',
  'message',
  'createdAt',
  'readAt',
  'emailedAt',
] as const;
const VIEW_SELECT = Object.fromEntries(VIEW_COLUMNS.map((column) => [column, true]));

/** A user's SLA notifications: those addressed to them and to the roles they hold, and nobody else's. */
@Injectable()
export class MaintenanceNotificationsService {
  constructor(
    @InjectRepository(MaintenanceNotification) private readonly notifications: Repository<MaintenanceNotification>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: NotificationQuery): Promise<Page<NotificationView>> {
    const builder = this.notifications
      .createQueryBuilder('notification')
      .select(VIEW_COLUMNS.map((column) => `notification.${column}`))
      .where('notification.recipient IN (:...recipients)', { recipients: recipientKeysOf(actor.userId, actor.roles) });
    if (query.unread !== undefined)
      builder.andWhere(query.unread ? 'notification.read_at IS NULL' : 'notification.read_at IS NOT NULL');
    return keysetPage(
      builder,
      { sortColumn: 'notification.created_at', sortKey: 'createdAt', idColumn: 'notification.id', direction: 'DESC' },
      query,
    );
  }

  /** Marks one of the actor's notifications read; reading it again keeps the first time. */
  async markRead(actor: Actor, id: string): Promise<NotificationView> {
    return this.transactions.run(async (manager) => {
      const notification = await manager.findOne(MaintenanceNotification, {
        select: VIEW_SELECT,
        where: { id, recipient: In(recipientKeysOf(actor.userId, actor.roles)) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!notification) throw new NotFoundError('maintenance_notification', id);
      if (notification.readAt) return notification;
      notification.readAt = new Date();
      await manager.update(MaintenanceNotification, { id }, { readAt: notification.readAt });
      await this.audit.record(manager, actor, {
        entityType: 'maintenance_notification',
        entityId: id,
        action: 'read',
        after: { readAt: notification.readAt },
      });
      return notification;
    });
  }
}
