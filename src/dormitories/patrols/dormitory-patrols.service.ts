import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { dormitoryScopeOf } from '../dormitory-scope';
import { photosByOwner } from '../photos/photos-by-owner';
import { DormitoriesService } from '../registry/dormitories.service';
import { Dormitory } from '../registry/dormitory.entity';
import { DormitoryPatrol } from './dormitory-patrol.entity';
import { CreatePatrolDto, FindingDto, PatrolDetailView, PatrolQuery } from './dto/patrol.dto';
import { PatrolFinding } from './patrol-finding.entity';

/** Patrols (巡查) of the dormitories and what they found. */
@Injectable()
export class DormitoryPatrolsService {
  constructor(
    @InjectRepository(DormitoryPatrol) private readonly patrols: Repository<DormitoryPatrol>,
    @InjectRepository(PatrolFinding) private readonly findings: Repository<PatrolFinding>,
    private readonly dormitories: DormitoriesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: PatrolQuery): Promise<Page<DormitoryPatrol>> {
    const builder = this.patrols
      .createQueryBuilder('patrol')
      .innerJoin(Dormitory, 'dormitory', 'dormitory.id = patrol.dormitory_id');
    const scope = dormitoryScopeOf(actor);
    if (scope) builder.andWhere('dormitory.agency_id = :scope', { scope });
    if (query.dormitoryId) builder.andWhere('patrol.dormitory_id = :dormitoryId', { dormitoryId: query.dormitoryId });
    if (query.from) builder.andWhere('patrol.patrolled_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('patrol.patrolled_at < :to', { to: query.to });
    return keysetPage(
      builder,
      { sortColumn: 'patrol.patrolled_at', sortKey: 'patrolledAt', idColumn: 'patrol.id', direction: 'DESC' },
      query,
    );
  }

  /** A patrol of a dormitory the actor may see, with that dormitory. */
  async requireVisible(
    actor: Actor,
    id: string,
    manager: EntityManager = this.patrols.manager,
  ): Promise<{ patrol: DormitoryPatrol; dormitory: Dormitory }> {
    const patrol = await manager.findOneBy(DormitoryPatrol, { id });
    if (!patrol) throw new NotFoundError('dormitory_patrol', id);
    const dormitory = await this.dormitories.requireVisible(actor, patrol.dormitoryId, manager).catch(() => {
      throw new NotFoundError('dormitory_patrol', id);
    });
    return { patrol, dormitory };
  }

  async get(actor: Actor, id: string): Promise<PatrolDetailView> {
    const { patrol } = await this.requireVisible(actor, id);
    const findings = await this.findings.find({ where: { patrolId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const photos = await photosByOwner(
      this.findings.manager,
      'findingId',
      findings.map((finding) => finding.id),
    );
    return { ...patrol, findings: findings.map((finding) => ({ ...finding, photos: photos.get(finding.id)! })) };
  }

  async create(actor: Actor, input: CreatePatrolDto): Promise<PatrolDetailView> {
    await this.dormitories.requireVisible(actor, input.dormitoryId);
    const id = await this.transactions.run(async (manager) => {
      const patrol = await createAudited(manager, this.audit, actor, DormitoryPatrol, 'dormitory_patrol', {
        dormitoryId: input.dormitoryId,
        patrolledAt: new Date(input.patrolledAt),
        inspectorUserId: actor.userId,
        note: input.note ?? null,
      });
      for (const finding of input.findings ?? []) await this.insertFinding(manager, actor, patrol.id, finding);
      return patrol.id;
    });
    return this.get(actor, id);
  }

  /** A finding of the patrol (whose visibility the caller has checked). */
  async requireFinding(patrolId: string, findingId: string): Promise<PatrolFinding> {
    const finding = await this.findings.findOneBy({ id: findingId, patrolId });
    if (!finding) throw new NotFoundError('dormitory_patrol_finding', findingId);
    return finding;
  }

  insertFinding(
    manager: EntityManager,
    actor: Actor,
    patrolId: string,
    finding: FindingDto,
    id?: string,
  ): Promise<PatrolFinding> {
    return createAudited(manager, this.audit, actor, PatrolFinding, 'dormitory_patrol_finding', {
      ...(id && { id }),
      patrolId,
      item: finding.item,
      severity: finding.severity,
      photoRef: finding.photoRef ?? null,
      note: finding.note ?? null,
    });
  }
}
