import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.schema';
import { systemActor } from '../../../identity/actor';
import { ScheduledJob } from '../../../jobs/scheduled-job';
import { halfYearCodeOf, taipeiMonthOf } from '../half-year';
import { ResidenceCheckCampaignService } from '../residence-check-campaign.service';

/**
 * Opens each managing agency's residence-check campaign in the configured months (May and
 * November by default, DORMITORY_CHECK_MONTHS). The job runs
 * once per month (JobsService); the unique (agency, half-year) key keeps it to one per half-year.
 */
@Injectable()
export class OpenResidenceCheckCampaignJob implements ScheduledJob {
  readonly name = 'dormitories.open-residence-check-campaign';
  readonly cron = '0 0 6 1 * *';
  readonly period = 'month';
  readonly description = '居住事實查考：於設定月份開啟半年度查考';

  constructor(
    private readonly campaigns: ResidenceCheckCampaignService,
    private readonly config: AppConfig,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    const code = halfYearCodeOf(at);
    if (!this.config.dormitories.residenceCheckMonths.includes(taipeiMonthOf(at)))
      return { code, opened: 0, skipped: 'not a campaign month' };
    const opened: string[] = [];
    for (const agencyId of await this.campaigns.agenciesWithDormitories()) {
      if (await this.campaigns.exists(agencyId, code)) continue;
      const campaign = await this.campaigns.open(systemActor(agencyId, this.name), agencyId, at);
      opened.push(campaign.id);
    }
    return { code, opened: opened.length, campaignIds: opened };
  }
}
