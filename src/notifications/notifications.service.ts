import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFoundError } from '../common/errors/domain-error';
import { keysetPage, Page } from '../common/pagination/keyset';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { UserNotificationQuery, UserNotificationView } from './dto/user-notification.dto';
import { UserNotification, UserNotificationKind } from './user-notification.entity';

/** What a feature module tells one person. */
export interface Notice {
  userId: string;
  kind: UserNotificationKind;
  title: string;
  body: string;
  link: string;
}

const VIEW_COLUMNS = ['id', 'kind', 'title', 'body', 'link', 'createdAt', 'readAt'] as const;

/**
 * Per-person notifications. Feature modules call `notifyIn` inside the transaction of the change
 * the notice is about, so the notice exists exactly when the change does; each person reads and
 * marks only their own.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(UserNotification) private readonly notifications: Repository<UserNotification>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  /** Writes the notice with the caller's transaction, unless the person made the change themselves. */
  async notifyIn(manager: EntityManager, actor: Actor, notice: Notice): Promise<void> {
    if (notice.userId === actor.userId) return;
    await manager.insert(UserNotification, notice);
  }

  list(actor: Actor, query: UserNotificationQuery): Promise<Page<UserNotificationView>> {
    const builder = this.notifications
      .createQueryBuilder('notification')
      .select(VIEW_COLUMNS.map((column) => `notification.${column}`))
      .where('notification.user_id = :userId', { userId: actor.userId });
    if (query.unread !== undefined)
      builder.andWhere(query.unread ? 'notification.read_at IS NULL' : 'notification.read_at IS NOT NULL');
    return keysetPage(
      builder,
      { sortColumn: 'notification.created_at', sortKey: 'createdAt', idColumn: 'notification.id', direction: 'DESC' },
      query,
    );
  }

  async unreadCount(actor: Actor): Promise<{ count: number }> {
    return { count: await this.notifications.countBy({ userId: actor.userId, readAt: IsNull() }) };
  }

  /** Marks one of the actor's notifications read; reading it again keeps the first time. */
  markRead(actor: Actor, id: string): Promise<UserNotificationView> {
    return this.transactions.run(async (manager) => {
      const notification = await manager.findOne(UserNotification, {
        select: Object.fromEntries(VIEW_COLUMNS.map((column) => [column, true])),
        where: { id, userId: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!notification) throw new NotFoundError('notification', id);
      if (notification.readAt) return notification;
      notification.readAt = new Date();
      await manager.update(UserNotification, { id }, { readAt: notification.readAt });
      await this.audit.record(manager, actor, {
        entityType: 'notification',
        entityId: id,
        action: 'read',
        after: { readAt: notification.readAt },
      });
      return notification;
    });
  }

  /** Marks every unread notification of the actor read, as one audited change. */
  markAllRead(actor: Actor): Promise<{ count: number }> {
    return this.transactions.run(async (manager) => {
      const readAt = new Date();
      const result = await manager.update(UserNotification, { userId: actor.userId, readAt: IsNull() }, { readAt });
      const count = result.affected ?? 0;
      if (count)
        await this.audit.record(manager, actor, {
          entityType: 'notification',
          entityId: actor.userId,
          action: 'read_all',
          after: { readAt, count },
        });
      return { count };
    });
  }
}
