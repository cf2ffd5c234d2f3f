import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { keysetPage, Page, PageQuery } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { WarningAcknowledgedError } from '../fleet.errors';
import { FleetWarning } from './fleet-warning.entity';

/** The dispatcher's inbox of due reminders: listed newest first, each acknowledged once (who, when). */
@Injectable()
export class FleetWarningsService {
  constructor(
    @InjectRepository(FleetWarning) private readonly warnings: Repository<FleetWarning>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(query: PageQuery & { acknowledged?: boolean }): Promise<Page<FleetWarning>> {
    const builder = this.warnings.createQueryBuilder('warning');
    if (query.acknowledged !== undefined)
      builder.andWhere('warning.acknowledged = :acknowledged', { acknowledged: query.acknowledged });
    return keysetPage(
      builder,
      { sortColumn: 'warning.created_at', sortKey: 'createdAt', idColumn: 'warning.id', direction: 'DESC' },
      query,
    );
  }

  /** Takes the reminder off the open list, under its row lock so two dispatchers cannot both acknowledge it. */
  acknowledge(actor: Actor, id: string, now = new Date()): Promise<FleetWarning> {
    return this.transactions.run((manager) =>
      updateAudited(
        manager,
        this.audit,
        actor,
        FleetWarning,
        'fleet_warning',
        id,
        (warning) => {
          if (warning.acknowledged) throw new WarningAcknowledgedError(id, warning.acknowledgedAt);
          Object.assign(warning, { acknowledged: true, acknowledgedById: actor.userId, acknowledgedAt: now });
        },
        'acknowledge',
      ),
    );
  }
}
