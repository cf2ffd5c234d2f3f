import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createAudited, updateAudited } from '../audit/audited-changes';
import { NotFoundError } from '../common/errors/domain-error';
import { keysetPage, Page } from '../common/pagination/keyset';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { Agency } from './agency.entity';
import { AgencyQuery, CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

/** The register of agencies (機關). Other modules resolve agency ids through it. */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(query: AgencyQuery): Promise<Page<Agency>> {
    const builder = this.agencies.createQueryBuilder('agency');
    if (!query.includeInactive) builder.where('agency.active');
    return keysetPage(builder, { idColumn: 'agency.code', idKey: 'code', direction: 'ASC' }, query);
  }

  async get(id: string): Promise<Agency> {
    const agency = await this.agencies.findOneBy({ id });
    if (!agency) throw new NotFoundError('agency', id);
    return agency;
  }

  /** Throws unless the agency exists and is active; used before assigning anything to it. */
  async requireActive(id: string): Promise<Agency> {
    const agency = await this.get(id);
    if (!agency.active) throw new NotFoundError('agency', id);
    return agency;
  }

  findByCodes(codes: string[]): Promise<Agency[]> {
    return this.agencies.findBy({ code: In(codes) });
  }

  /** The agencies whose code or name is one of `keys`, as files of earlier records name them. */
  findByCodesOrNames(keys: string[]): Promise<Agency[]> {
    return this.agencies.find({ where: [{ code: In(keys) }, { name: In(keys) }] });
  }

  /** Adds the agencies whose codes are missing; existing ones are left as edited. */
  async seed(agencies: Pick<Agency, 'code' | 'name'>[]): Promise<void> {
    await this.agencies.createQueryBuilder().insert().values(agencies).orIgnore().execute();
  }

  create(actor: Actor, input: CreateAgencyDto): Promise<Agency> {
    return this.transactions.run((manager) => createAudited(manager, this.audit, actor, Agency, 'agency', input));
  }

  update(actor: Actor, id: string, input: UpdateAgencyDto): Promise<Agency> {
    return this.transactions.run((manager) =>
      updateAudited(manager, this.audit, actor, Agency, 'agency', id, (agency) => Object.assign(agency, input)),
    );
  }
}
