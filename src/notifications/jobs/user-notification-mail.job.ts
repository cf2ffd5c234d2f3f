import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { systemActor } from '../../auth/actor';
import { TransactionRunner } from '../../database/transaction-runner';
import { ScheduledJob } from '../../jobs/scheduled-job';
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
    const contactOf = new Map(contacts.map((contact) => [contact.id, contact]));
    let sent = 0;
    let failed = 0;
    for (const notification of pending) {
      const contact = contactOf.get(notification.userId);
      const result: MailResult = contact
        ? await this.mail.send({
            to: [contact.email],
            subject: notification.title,
            text: `${notification.body}\n\n網頁：${notification.link}\n\n（本信由 facilities-ops 自動寄出，請勿回覆。）`,
          })
        : { sent: false, reason: 'failed', error: 'the recipient has no e-mail address', affectsEveryMessage: false };
      await this.record(notification, result);
      if (result.sent) sent++;
      else failed++;
      if (!result.sent && result.reason === 'failed' && result.affectsEveryMessage)
        return { sent, failed, stopped: result.error };
    }
    return { sent, failed };
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
    return this.transactions.run(async (manager) => {
      const error = result.sent ? null : result.reason === 'failed' ? result.error : result.reason;
      // A server outage is no fault of this message: it does not use up the message's attempts.
      const counted = !result.sent && result.reason === 'failed' && !result.affectsEveryMessage;
      await manager.update(
        UserNotification,
        { id: notification.id },
        {
          emailError: error,
          ...(result.sent && { emailedAt: new Date() }),
          ...(counted && { emailAttempts: () => 'email_attempts + 1' }),
        },
      );
      await this.audit.record(manager, systemActor(agencyId, this.name), {
        entityType: 'notification',
        entityId: notification.id,
        action: result.sent ? 'emailed' : 'email_failed',
        after: result.sent ? { to: result.accepted } : { error },
      });
    });
  }
}
