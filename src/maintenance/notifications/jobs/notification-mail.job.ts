import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../../audit/audit.service';
import { TransactionRunner } from '../../../database/transaction-runner';
import { systemActor } from '../../../identity/actor';
import { ScheduledJob } from '../../../jobs/scheduled-job';
import { deliverOutbox, outboxUpdateOf } from '../../../mail/mail-outbox';
import { MailResult, MailService } from '../../../mail/mail.service';
import { EmailContact, UsersService } from '../../../users/users.service';
import { MaintenanceNotification, NotificationKind } from '../maintenance-notification.entity';
import { addressesOf, splitRecipients } from '../notification-recipients';

const BATCH = 100;
/** A message the server keeps rejecting, or whose recipients have no address, stops being tried after this many runs. */
const MAX_ATTEMPTS = 5;
/** Older alerts stay readable in the API but are stale as e-mail: switching SMTP on must not mail the backlog. */
const MAX_AGE_MS = 24 * 3600_000;
const SUBJECTS: Record<NotificationKind, string> = { sla_warning: 'SLA 即將逾期', sla_breach: 'SLA 已逾期' };

type Delivery = Pick<MaintenanceNotification, 'id' | 'kind' | 'recipient' | 'message'> & {
  ticket: { number: string; agencyId: string };
};

/**
 * E-mails the SLA notifications that the watch job committed (the notification rows are the
 * outbox), outside any transaction, so a slow or dead SMTP server never fails or holds the watch
 * job. A server that cannot be reached ends the run at once, leaving the rest for the next run.
 */
@Injectable()
export class NotificationMailJob implements ScheduledJob {
  readonly name = 'maintenance.notification-mail';
  // Five minutes after each SLA watch run, which raises the notifications on the quarter hour.
  readonly cron = '0 5-59/15 * * * *';
  readonly period = 'quarter-hour' as const;
  readonly description = 'e-mails SLA warnings and escalations to their recipients when SMTP is configured';

  constructor(
    @InjectRepository(MaintenanceNotification) private readonly notifications: Repository<MaintenanceNotification>,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    if (!this.mail.enabled) return { mail: 'disabled' };
    const pending = await this.pending(at);
    const { userIds, roles } = splitRecipients(pending.map((notification) => notification.recipient));
    const contacts = await this.users.emailContacts(userIds, roles);
    return deliverOutbox(
      pending,
      (notification) => this.deliver(notification, contacts),
      (notification, result) => this.record(notification, result),
    );
  }

  private pending(at: Date): Promise<Delivery[]> {
    return this.notifications
      .createQueryBuilder('notification')
      .innerJoin('notification.ticket', 'ticket')
      .select([
        'notification.id',
        'notification.kind',
        'notification.recipient',
        'notification.message',
        'ticket.number',
        'ticket.agencyId',
      ])
      .where(
        'notification.emailed_at IS NULL AND notification.email_attempts < :maxAttempts AND notification.created_at > :since',
        {
          maxAttempts: MAX_ATTEMPTS,
          since: new Date(at.getTime() - MAX_AGE_MS),
        },
      )
      .orderBy('notification.created_at', 'ASC')
      .addOrderBy('notification.id', 'ASC')
      .limit(BATCH)
      .getMany() as Promise<Delivery[]>;
  }

  private deliver(notification: Delivery, contacts: EmailContact[]): Promise<MailResult> {
    const to = addressesOf(notification.recipient, contacts);
    if (!to.length)
      return Promise.resolve({
        sent: false,
        reason: 'failed',
        error: 'no active recipient has an e-mail address',
        affectsEveryMessage: false,
      });
    return this.mail.send({
      to,
      subject: `[維修] ${SUBJECTS[notification.kind]}：${notification.ticket.number}`,
      text: `${notification.message}\n\n（本信由 facilities-ops 自動寄出，請勿回覆。）`,
    });
  }

  private record(notification: Delivery, result: MailResult): Promise<void> {
    const actor = systemActor(notification.ticket.agencyId, this.name);
    return this.transactions.run(async (manager) => {
      const update = outboxUpdateOf(result);
      await manager.update(MaintenanceNotification, { id: notification.id }, update);
      await this.audit.record(manager, actor, {
        entityType: 'maintenance_notification',
        entityId: notification.id,
        action: result.sent ? 'emailed' : 'email_failed',
        after: result.sent ? { to: result.accepted } : { error: update.emailError },
      });
    });
  }
}
