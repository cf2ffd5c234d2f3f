import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { NotFoundError, assertVersion } from '../../common/errors/domain-error';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { CheckAlreadyRecordedError } from '../dormitories.errors';
import { RecordCheckDto } from './dto/residence-check.dto';
import { ResidenceCheckCampaign } from './residence-check-campaign.entity';
import { ResidenceCheckCampaignService } from './residence-check-campaign.service';
import { ResidenceCheck } from './residence-check.entity';

/** Records the outcome of one check and completes the campaign with its last check. */
@Injectable()
export class ResidenceCheckRecordingService {
  constructor(
    private readonly campaigns: ResidenceCheckCampaignService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  record(actor: Actor, campaignId: string, checkId: string, input: RecordCheckDto): Promise<ResidenceCheck> {
    return this.transactions.run(async (manager) => {
      // The campaign row is locked so that two last checks recorded together cannot both see the
      // other as pending and leave the campaign open.
      await this.campaigns.requireVisible(actor, campaignId, manager, true);
      const existing = await manager.findOneBy(ResidenceCheck, { id: checkId, campaignId });
      if (!existing) throw new NotFoundError('residence_check', checkId);
      const saved = await updateAudited(
        manager,
        this.audit,
        actor,
        ResidenceCheck,
        'residence_check',
        checkId,
        (check) => {
          assertVersion('residence_check', check.id, check, input.version);
          if (check.outcome) throw new CheckAlreadyRecordedError(checkId);
          Object.assign(check, {
            outcome: input.outcome,
            checkedOn: input.checkedOn,
            note: input.note ?? null,
            recordedAt: new Date(),
          });
        },
        'record',
      );
      const pending = await manager.countBy(ResidenceCheck, { campaignId, outcome: IsNull() });
      if (!pending) {
        await updateAudited(
          manager,
          this.audit,
          actor,
          ResidenceCheckCampaign,
          'residence_check_campaign',
          campaignId,
          (campaign) => {
            campaign.completedAt = new Date();
          },
          'complete',
        );
      }
      return saved;
    });
  }
}
