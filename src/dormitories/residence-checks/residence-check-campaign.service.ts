import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { CampaignExistsError } from '../dormitories.errors';
import { dormitoryScopeOf, visibleOrNotFound } from '../dormitory-scope';
import { photosByOwner } from '../photos/photos-by-owner';
import { rethrowUnique } from '../unique-violation';
import { CampaignDetailView, CampaignQuery, OpenCampaignDto } from './dto/residence-check.dto';
import { halfYearCodeOf } from './half-year';
import { ResidenceCheckCampaign } from './residence-check-campaign.entity';
import { ResidenceCheck } from './residence-check.entity';

/**
 * Residence fact verification rounds (居住事實查考): opening a half-year campaign creates one
 * pending check per assignment running that day in the agency's dormitories.
 */
@Injectable()
export class ResidenceCheckCampaignService {
  constructor(
    @InjectRepository(ResidenceCheckCampaign) private readonly campaigns: Repository<ResidenceCheckCampaign>,
    @InjectRepository(ResidenceCheck) private readonly checks: Repository<ResidenceCheck>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: CampaignQuery): Promise<Page<ResidenceCheckCampaign>> {
    const builder = this.campaigns.createQueryBuilder('campaign');
    const agencyId = dormitoryScopeOf(actor) ?? query.agencyId;
    if (agencyId) builder.andWhere('campaign.agency_id = :agencyId', { agencyId });
    if (query.code) builder.andWhere('campaign.code = :code', { code: query.code });
    return keysetPage(
      builder,
      { sortColumn: 'campaign.opened_at', sortKey: 'openedAt', idColumn: 'campaign.id', direction: 'DESC' },
      query,
    );
  }

  async requireVisible(
    actor: Actor,
    id: string,
    manager: EntityManager = this.campaigns.manager,
    lock = false,
  ): Promise<ResidenceCheckCampaign> {
    const campaign = await manager.findOne(ResidenceCheckCampaign, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return visibleOrNotFound(campaign, dormitoryScopeOf(actor), 'residence_check_campaign', id);
  }

  async get(actor: Actor, id: string): Promise<CampaignDetailView> {
    const campaign = await this.requireVisible(actor, id);
    const checks = await this.checks.find({
      where: { campaignId: id },
      relations: { assignment: true },
      order: { id: 'ASC' },
    });
    const photos = await photosByOwner(
      this.checks.manager,
      'residenceCheckId',
      checks.map((check) => check.id),
    );
    return { ...campaign, checks: checks.map((check) => ({ ...check, photos: photos.get(check.id)! })) };
  }

  /** A check of the campaign (whose visibility the caller has checked). */
  async requireCheck(campaignId: string, checkId: string): Promise<ResidenceCheck> {
    const check = await this.checks.findOneBy({ id: checkId, campaignId });
    if (!check) throw new NotFoundError('residence_check', checkId);
    return check;
  }

  /** Opens a campaign for the actor's own agency (admins may name another). */
  openFor(actor: Actor, input: OpenCampaignDto): Promise<ResidenceCheckCampaign> {
    const scope = dormitoryScopeOf(actor);
    const agencyId = input.agencyId ?? actor.agencyId;
    if (scope && agencyId !== scope) throw new NotFoundError('agency', agencyId);
    return this.open(actor, agencyId, input.at ? new Date(input.at) : new Date());
  }

  /** Opens the campaign of the half-year containing `at` for the agency's dormitories. */
  async open(actor: Actor, agencyId: string, at: Date): Promise<ResidenceCheckCampaign> {
    const code = halfYearCodeOf(at);
    return (
      this.transactions
        .run(async (manager) => {
          const campaign = await createAudited(
            manager,
            this.audit,
            actor,
            ResidenceCheckCampaign,
            'residence_check_campaign',
            {
              agencyId,
              code,
              checkCount: 0,
            },
          );
          const inserted = (await manager.query(
            `INSERT INTO residence_checks (campaign_id, assignment_id, version)
         SELECT $1, a.id, 1 FROM dormitory_assignments a
           JOIN dormitory_units u ON u.id = a.unit_id JOIN dormitories d ON d.id = u.dormitory_id
          WHERE d.agency_id = $2 AND daterange(a.starts_on, a.ends_on) @> $3::date
         RETURNING id`,
            [campaign.id, agencyId, taipeiDate(at)],
          )) as unknown[];
          // A round with nobody to check is complete the moment it opens.
          Object.assign(campaign, { checkCount: inserted.length, completedAt: inserted.length ? null : new Date() });
          return manager.save(ResidenceCheckCampaign, campaign);
        })
        // The registry's answer names the field `at` but not the half-year the service derived from it,
        // which the answer gives too (`details.code`); only the service knows it.
        .catch(rethrowUnique('uq_residence_check_campaigns_agency_id_code', () => new CampaignExistsError(code)))
    );
  }

  exists(agencyId: string, code: string): Promise<boolean> {
    return this.campaigns.existsBy({ agencyId, code });
  }

  /** Agencies whose dormitories should be verified: those managing at least one dormitory. */
  async agenciesWithDormitories(): Promise<string[]> {
    const rows = (await this.campaigns.query(
      'SELECT DISTINCT agency_id FROM dormitories WHERE removed_on IS NULL',
    )) as { agency_id: string }[];
    return rows.map((row) => row.agency_id);
  }
}
