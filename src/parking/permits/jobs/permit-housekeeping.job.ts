import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { AgenciesService } from '../../../agencies/agencies.service';
import { AuditService } from '../../../audit/audit.service';
import { TAIPEI_ZONE } from '../../../common/time';
import { TransactionRunner } from '../../../database/transaction-runner';
import { systemActor } from '../../../identity/actor';
import { ScheduledJob } from '../../../jobs/scheduled-job';
import { ParkingSettings } from '../../parking-settings';
import { PostgresThrottlerStorage } from '../../verification/throttling/postgres-throttler.storage';
import { ParkingPermit } from '../parking-permit.entity';

const DAY_SECONDS = 24 * 3600;
const OFFICE_AGENCY_CODE = 'GA-OFFICE';

/**
 * Nightly: marks permits whose last day has passed as expired and, once the retention period after
 * that day is over, removes the visitor's name and phone (the permit and its counts stay).
 */
@Injectable()
export class PermitHousekeepingJob implements ScheduledJob {
  readonly name = 'parking.permit-housekeeping';
  readonly cron = '0 5 0 * * *';
  readonly period = 'day' as const;
  readonly description = '停車證逾期註記及訪客個資屆期刪除';

  constructor(
    private readonly settings: ParkingSettings,
    private readonly throttleWindows: PostgresThrottlerStorage,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    const today = DateTime.fromJSDate(at, { zone: TAIPEI_ZONE });
    const retentionCutoff = today.minus({ days: this.settings.values.retentionDays }).toISODate()!;
    const [office] = await this.agencies.findByCodes([OFFICE_AGENCY_CODE]);
    if (!office) throw new Error(`agency ${OFFICE_AGENCY_CODE} is missing; load the reference data first`);
    const actor = systemActor(office.id, this.name);
    const counts = await this.transactions.run(async (manager) => {
      const expired = await this.update(manager, { status: 'expired' }, "status = 'active' AND valid_to < :today", {
        today: today.toISODate(),
      });
      const anonymised = await this.update(
        manager,
        { visitorName: null, visitorPhone: null, anonymisedAt: at },
        'anonymised_at IS NULL AND valid_to < :retentionCutoff',
        {
          retentionCutoff,
        },
      );
      const result = { expired, anonymised, retentionCutoff };
      await this.audit.record(manager, actor, {
        entityType: 'parking_permit',
        entityId: `housekeeping:${today.toISODate()}`,
        action: 'expire_and_anonymise',
        after: result,
      });
      return result;
    });
    return { ...counts, throttleWindowsRemoved: await this.throttleWindows.removeStale(DAY_SECONDS) };
  }

  private async update(
    manager: EntityManager,
    values: Partial<ParkingPermit>,
    where: string,
    parameters: Record<string, unknown>,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(ParkingPermit)
      .set(values)
      .where(where, parameters)
      .execute();
    return result.affected ?? 0;
  }
}
