import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { taipeiDate } from '../../common/time';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import { DriverNotAssignableError, NotADriverError } from '../fleet.errors';
import { Driver } from './driver.entity';
import { CreateDriverDto, DriverQuery, UpdateDriverDto } from './dto/driver.dto';

/** Driver profiles: which users drive, on which licence, valid until when. */
@Injectable()
export class DriversService {
  constructor(
    @InjectRepository(Driver) private readonly drivers: Repository<Driver>,
    private readonly users: UsersService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(query: DriverQuery): Promise<Page<Driver>> {
    const builder = this.drivers.createQueryBuilder('driver');
    if (query.active !== undefined) builder.andWhere('driver.active = :active', { active: query.active });
    return keysetPage(builder, { idColumn: 'driver.id', direction: 'ASC' }, query);
  }

  async get(id: string): Promise<Driver> {
    const driver = await this.drivers.findOneBy({ id });
    if (!driver) throw new NotFoundError('driver', id);
    return driver;
  }

  findByUser(userId: string): Promise<Driver | null> {
    return this.drivers.findOneBy({ userId });
  }

  async create(actor: Actor, input: CreateDriverDto): Promise<Driver> {
    const user = await this.users.getIdentity(input.userId);
    if (!user.active || !user.roles.includes('driver')) throw new NotADriverError(input.userId);
    return this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, Driver, 'driver', { ...input, displayName: user.displayName }),
    );
  }

  update(actor: Actor, id: string, input: UpdateDriverDto): Promise<Driver> {
    const { version, ...changes } = input;
    return this.transactions.run((manager) =>
      updateAudited(manager, this.audit, actor, Driver, 'driver', id, (driver) => {
        assertVersion('driver', id, driver, version);
        Object.assign(driver, changes);
      }),
    );
  }

  /** Reads the driver inside a use case and refuses one who is inactive or whose licence lapses before the trip ends. */
  async requireAssignable(manager: EntityManager, id: string, tripEnd: Date): Promise<Driver> {
    const driver = await manager.findOne(Driver, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!driver) throw new NotFoundError('driver', id);
    if (!driver.active) throw new DriverNotAssignableError(id, 'the driver is inactive');
    if (driver.licenceExpiresOn < taipeiDate(tripEnd))
      throw new DriverNotAssignableError(id, `the licence expired on ${driver.licenceExpiresOn}`);
    return driver;
  }
}
