import { MailResult } from './mail.service';

/** The outbox columns a delivery attempt sets on a notification row. */
export interface OutboxUpdate {
  emailError: string | null;
  emailedAt?: Date;
  emailAttempts?: () => string;
}

/**
 * What to write on the row after one attempt. A server outage is no fault of the message: it does
 * not use up the message's attempts.
 */
export function outboxUpdateOf(result: MailResult): OutboxUpdate {
  if (result.sent) return { emailError: null, emailedAt: new Date() };
  const error = result.reason === 'failed' ? result.error : result.reason;
  const counted = result.reason === 'failed' && !result.affectsEveryMessage;
  return { emailError: error, ...(counted && { emailAttempts: () => 'email_attempts + 1' }) };
}

/**
 * Sends each pending outbox row and records the outcome, one by one, outside any use case's
 * transaction. A failure of the server or of the settings would fail every message the same way,
 * so it ends the run and leaves the rest for the next one.
 */
export async function deliverOutbox<T>(
  pending: T[],
  send: (row: T) => Promise<MailResult>,
  record: (row: T, result: MailResult) => Promise<void>,
): Promise<Record<string, unknown>> {
  let sent = 0;
  let failed = 0;
  for (const row of pending) {
    const result = await send(row);
    await record(row, result);
    if (result.sent) sent++;
    else failed++;
    if (!result.sent && result.reason === 'failed' && result.affectsEveryMessage)
      return { sent, failed, stopped: result.error };
  }
  return { sent, failed };
}
