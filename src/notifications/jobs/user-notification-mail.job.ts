import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { TransactionRunner } from '../../database/transaction-runner';
import { systemActor } from '../../identity/actor';
import { ScheduledJob } from '../../jobs/scheduled-job';
import { deliverOutbox, outboxUpdateOf } from '../../mail/mail-outbox';
import { MailResult, MailService } from '../../mail/mail.service';
import { UsersService } from '../../users/users.service';
import { UserNotification } from '../user-notification.entity';

const BATCH = 100;
/** A message whose recipient has no address, or that the server keeps refusing, is tried this many times. */
const MAX_ATTEMPTS = 5;
/** Switching SMTP on must not mail people a backlog of old news. */
const MAX_AGE_MS = 24 * 3600_000;

type Delivery = Pick<UserNotification, 'id' | 'userId' | 'title' | 'body' | 'link'>;

/**
 * E-mails the notifications committed with the changes they announce (the rows are the outbox),
 * outside any transaction, so a slow SMTP server never holds a use case. A server that cannot be
 * reached ends the run, leaving the rest for the next one.
 */
@Injectable()
export class UserNotificationMailJob implements ScheduledJob {
  readonly name = 'notifications.mail';
  readonly cron = '0 2-59/15 * * * *';
  readonly period = 'quarter-hour' as const;
  readonly description = 'e-mails requesters the changes to their tickets and bookings when SMTP is configured';

  constructor(
    @InjectRepository(UserNotification) private readonly notifications: Repository<UserNotification>,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    if (!this.mail.enabled) return { mail: 'disabled' };
    const pending = await this.pending(at);
    const contacts = await this.users.emailContacts([...new Set(pending.map((row) => row.userId))], []);
    const addressOf = new Map(contacts.map((contact) => [contact.id, contact.email]));
    return deliverOutbox(
      pending,
      (notification) => this.deliver(notification, addressOf.get(notification.userId)),
      (notification, result) => this.record(notification, result),
    );
  }

  private deliver(notification: Delivery, address: string | undefined): Promise<MailResult> {
    if (!address)
      return Promise.resolve({
        sent: false,
        reason: 'failed',
        error: 'the recipient has no e-mail address',
        affectsEveryMessage: false,
      });
    return this.mail.send({
      to: [address],
      subject: notification.title,
      text: `${notification.body}\n\n網頁：${notification.link}\n\n（本信由 facilities-ops 自動寄出，請勿回覆。）`,
    });
  }

  private pending(at: Date): Promise<Delivery[]> {
    return this.notifications
      .createQueryBuilder('notification')
      .select([
        'notification.id',
        'notification.userId',
        'notification.title',
        'notification.body',
        'notification.link',
      ])
      .where(
        'notification.emailed_at IS NULL AND notification.email_attempts < :max AND notification.created_at > :since',
        {
          max: MAX_ATTEMPTS,
          since: new Date(at.getTime() - MAX_AGE_MS),
        },
      )
      .orderBy('notification.created_at', 'ASC')
      .addOrderBy('notification.id', 'ASC')
      .limit(BATCH)
      .getMany();
  }

  private async record(notification: Delivery, result: MailResult): Promise<void> {
    const { agencyId } = await this.users.getIdentity(notification.userId);
    await this.transactions.run(async (manager) => {
      const update = outboxUpdateOf(result);
      await manager.update(UserNotification, { id: notification.id }, update);
      await this.audit.record(manager, systemActor(agencyId, this.name), {
        entityType: 'notification',
        entityId: notification.id,
        action: result.sent ? 'emailed' : 'email_failed',
        after: result.sent ? { to: result.accepted } : { error: update.emailError },
      });
    });
  }
}
