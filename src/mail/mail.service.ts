import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Mail } from 'nodemailer';
import { AppConfig } from '../config/app-config.schema';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export type MailResult =
  | { sent: true; accepted: string[] }
  | { sent: false; reason: 'disabled' }
  /**
   * `affectsEveryMessage`: the server or the settings failed (refused, timed out, DNS, TLS,
   * authentication), not this message, so the next ones would fail the same way.
   */
  | { sent: false; reason: 'failed'; error: string; affectsEveryMessage: boolean };

/** nodemailer's codes for a server refusing this message's sender, recipients or content. */
const MESSAGE_REJECTIONS = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Sends e-mail through the SMTP server in `SMTP_URL`. Without one, sending is a no-op reporting
 * `sent: false`, so callers need no switch of their own. It never throws: a failure comes back as
 * a result for the caller to record, because e-mail is a courtesy that must not fail its caller.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Mail | null;

  constructor(config: AppConfig) {
    // Short timeouts: a job waiting two minutes (nodemailer's default) per message on a dead server would hold its run.
    this.transport = config.mail.smtpUrl
      ? createTransport(
          { url: config.mail.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
          { from: config.mail.from },
        )
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(message: MailMessage): Promise<MailResult> {
    if (!this.transport) return { sent: false, reason: 'disabled' };
    try {
      const info = await this.transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
      return { sent: true, accepted: (info.accepted ?? []).map(String) };
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      return {
        sent: false,
        reason: 'failed',
        error: failure.message,
        affectsEveryMessage: !MESSAGE_REJECTIONS.has(failure.code ?? ''),
      };
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
