import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { UsersService } from '../users/users.service';
import { LoginThrottleService } from './login-throttle.service';

/** An admin's unlock of an account that failed sign-ins locked, written to the audit trail. */
@Injectable()
export class SignInLockService {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async unlock(actor: Actor, userId: string): Promise<void> {
    const user = await this.users.getVisible(actor, userId);
    await this.transactions.run(async (manager) => {
      const cleared = await this.throttle.unlock(manager, user.username);
      await this.audit.record(manager, actor, {
        entityType: 'user',
        entityId: user.id,
        action: 'unlock_sign_in',
        after: { clearedCounters: cleared },
      });
    });
  }
}
