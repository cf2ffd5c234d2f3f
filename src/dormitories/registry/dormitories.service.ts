import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, systemActor } from '../../identity/actor';
import { DormitoryRemovedError, SingleUnitDormitoryError, UnitCodeTakenError } from '../dormitories.errors';
import { dormitoryScopeOf, visibleOrNotFound } from '../dormitory-scope';
import { DEMO_DORMITORIES } from './demo-dormitories';
import { REMOVED_STATUSES } from './dormitory-kinds';
import { DormitoryStatusChange } from './dormitory-status-change.entity';
import { DormitoryUnit } from './dormitory-unit.entity';
import { Dormitory } from './dormitory.entity';
import {
  CreateDormitoryDto,
  DormitoryDetailView,
  DormitoryQuery,
  UnitDto,
  UpdateDormitoryDto,
} from './dto/dormitory.dto';

function escapeLike(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}

/** The first unit of a new dormitory whose code an earlier one already has, so the form can point at it. */
function repeatedUnitCode(units: UnitDto[]): UnitCodeTakenError | undefined {
  const index = units.findIndex((unit, at) => units.findIndex((other) => other.code === unit.code) < at);
  return index < 0 ? undefined : new UnitCodeTakenError(`units.${index}.code`, units[index].code);
}

/** The register of city dormitories (宿舍) and their assignable units. */
@Injectable()
export class DormitoriesService {
  constructor(
    @InjectRepository(Dormitory) private readonly dormitories: Repository<Dormitory>,
    @InjectRepository(DormitoryUnit) private readonly units: Repository<DormitoryUnit>,
    @InjectRepository(DormitoryStatusChange) private readonly statusChanges: Repository<DormitoryStatusChange>,
    private readonly agencies: AgenciesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: DormitoryQuery): Promise<Page<Dormitory>> {
    const builder = this.dormitories.createQueryBuilder('dormitory');
    const agencyId = dormitoryScopeOf(actor) ?? query.agencyId;
    if (agencyId) builder.andWhere('dormitory.agency_id = :agencyId', { agencyId });
    if (query.type) builder.andWhere('dormitory.type = :type', { type: query.type });
    if (query.status) builder.andWhere('dormitory.status = :status', { status: query.status });
    if (query.search) {
      builder.andWhere(
        '(dormitory.code ILIKE :search OR dormitory.name ILIKE :search OR dormitory.address ILIKE :search)',
        { search: escapeLike(query.search) },
      );
    }
    return keysetPage(builder, { idColumn: 'dormitory.code', idKey: 'code', direction: 'ASC' }, query);
  }

  /** A dormitory the actor may see; another agency's is reported as not found. */
  async requireVisible(
    actor: Actor,
    id: string,
    manager: EntityManager = this.dormitories.manager,
  ): Promise<Dormitory> {
    return visibleOrNotFound(await manager.findOneBy(Dormitory, { id }), dormitoryScopeOf(actor), 'dormitory', id);
  }

  async get(actor: Actor, id: string): Promise<DormitoryDetailView> {
    const dormitory = await this.requireVisible(actor, id);
    const units = await this.units.find({ where: { dormitoryId: id }, order: { code: 'ASC' } });
    const history = await this.statusChanges.find({
      where: { dormitoryId: id },
      order: { effectiveOn: 'DESC', createdAt: 'DESC' },
    });
    return { ...dormitory, units, history };
  }

  /** Residences lent out for public-interest events (the mayor's), whoever asks. */
  lendableResidences(): Promise<Dormitory[]> {
    return this.dormitories.find({ where: { lendable: true, removedOn: IsNull() }, order: { code: 'ASC' } });
  }

  /** A unit of a dormitory the actor may see. */
  async requireVisibleUnit(
    actor: Actor,
    unitId: string,
    manager: EntityManager,
  ): Promise<{ unit: DormitoryUnit; dormitory: Dormitory }> {
    const unit = await manager.findOneBy(DormitoryUnit, { id: unitId });
    if (!unit) throw new NotFoundError('dormitory_unit', unitId);
    const dormitory = await this.requireVisible(actor, unit.dormitoryId, manager).catch(() => {
      throw new NotFoundError('dormitory_unit', unitId);
    });
    return { unit, dormitory };
  }

  async create(actor: Actor, input: CreateDormitoryDto): Promise<DormitoryDetailView> {
    const { units = [{ code: '1' }], agencyId = actor.agencyId, ...fields } = input;
    const scope = dormitoryScopeOf(actor);
    if (scope && agencyId !== scope) throw new NotFoundError('agency', agencyId);
    if (units.length > 1 && fields.type !== 'multi_room_staff') throw new SingleUnitDormitoryError(fields.type);
    const repeated = repeatedUnitCode(units);
    if (repeated) throw repeated;
    await this.agencies.requireActive(agencyId);
    const id = await this.transactions.run(async (manager) => {
      const dormitory = await createAudited(manager, this.audit, actor, Dormitory, 'dormitory', {
        ...fields,
        agencyId,
      });
      for (const unit of units) await this.insertUnit(manager, actor, dormitory.id, unit);
      return dormitory.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateDormitoryDto): Promise<DormitoryDetailView> {
    await this.requireVisible(actor, id);
    const { version, ...fields } = input;
    await this.transactions.run((manager) =>
      updateAudited(manager, this.audit, actor, Dormitory, 'dormitory', id, (dormitory) => {
        assertVersion('dormitory', dormitory.id, dormitory, version);
        if (REMOVED_STATUSES.includes(dormitory.status)) throw new DormitoryRemovedError(id);
        Object.assign(dormitory, fields);
      }),
    );
    return this.get(actor, id);
  }

  async addUnit(actor: Actor, id: string, input: UnitDto): Promise<DormitoryUnit> {
    return this.transactions.run(async (manager) => {
      const dormitory = await this.requireVisible(actor, id, manager);
      if (REMOVED_STATUSES.includes(dormitory.status)) throw new DormitoryRemovedError(id);
      if (dormitory.type !== 'multi_room_staff') throw new SingleUnitDormitoryError(dormitory.type);
      return this.insertUnit(manager, actor, id, input);
    });
  }

  /**
   * Adds the demo set (44 dormitories of the GA office) where its codes are missing, and returns
   * how many it added. Meant for `src/seed/`; does nothing without the GA-OFFICE agency.
   */
  async seedDemo(): Promise<number> {
    const [office] = await this.agencies.findByCodes(['GA-OFFICE']);
    if (!office) return 0;
    const actor = systemActor(office.id, 'seed-dormitories');
    let created = 0;
    for (const demo of DEMO_DORMITORIES) {
      if (await this.dormitories.existsBy({ code: demo.code })) continue;
      await this.create(actor, { ...demo, agencyId: office.id });
      created++;
    }
    return created;
  }

  private insertUnit(manager: EntityManager, actor: Actor, dormitoryId: string, unit: UnitDto): Promise<DormitoryUnit> {
    return createAudited(manager, this.audit, actor, DormitoryUnit, 'dormitory_unit', {
      dormitoryId,
      code: unit.code,
      roomCount: unit.roomCount ?? 1,
    });
  }
}
