import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AgenciesService } from '../agencies/agencies.service';
import { AuditService } from '../audit/audit.service';
import { createAudited, updateAudited } from '../audit/audited-changes';
import { NotFoundError } from '../common/errors/domain-error';
import { keysetPage, Page } from '../common/pagination/keyset';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { Role } from '../identity/role';
import { ChangeOwnPasswordDto, CreateUserDto, ResetPasswordDto, UpdateUserDto, UserQuery } from './dto/user.dto';
import { PasswordHasher } from './password-hasher';
import { TokenVersionCache } from './token-version-cache';
import { assertMayGrant, assertMayManageUser, canManageAgency, isAdmin } from './user-access';
import { User } from './user.entity';
import { SelfChangeError, WrongCurrentPasswordError } from './users.errors';

export type UserIdentity = Pick<User, 'id' | 'username' | 'agencyId' | 'roles' | 'displayName' | 'active'>;
export type EmailContact = Pick<User, 'id' | 'roles' | 'displayName'> & { email: string };

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** Accounts: who they are, which agency they belong to, which roles they hold. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly agencies: AgenciesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly tokenVersions: TokenVersionCache,
  ) {}

  list(actor: Actor, query: UserQuery): Promise<Page<User>> {
    const builder = this.users.createQueryBuilder('user');
    const agencyId = isAdmin(actor) ? query.agencyId : actor.agencyId;
    if (agencyId) builder.andWhere('user.agency_id = :agencyId', { agencyId });
    if (query.role) builder.andWhere(':role = ANY(user.roles)', { role: query.role });
    if (query.active !== undefined) builder.andWhere('user.active = :active', { active: query.active });
    if (query.search) {
      builder.andWhere('(user.username ILIKE :search OR user.display_name ILIKE :search)', {
        search: `%${query.search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    return keysetPage(builder, { idColumn: 'user.username', idKey: 'username', direction: 'ASC' }, query);
  }

  /** A user the actor may see; another agency's user is reported as not found. */
  async getVisible(actor: Actor, id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user || !(actor.userId === id || canManageAgency(actor, user.agencyId))) throw new NotFoundError('user', id);
    return user;
  }

  async create(actor: Actor, input: CreateUserDto): Promise<User> {
    if (!canManageAgency(actor, input.agencyId)) throw new NotFoundError('agency', input.agencyId);
    assertMayGrant(actor, input.roles);
    await this.agencies.requireActive(input.agencyId);
    const { password, ...fields } = input;
    const passwordHash = await this.passwords.hash(password);
    const user = await this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, User, 'user', { ...fields, passwordHash }),
    );
    return this.users.findOneByOrFail({ id: user.id });
  }

  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<User> {
    const target = await this.getVisible(actor, id);
    if (target.id === actor.userId && (input.active === false || input.roles)) {
      throw new SelfChangeError();
    }
    assertMayManageUser(actor, target);
    if (input.roles) assertMayGrant(actor, input.roles);
    let revokesTokens = false;
    await this.transactions.run(async (manager) => {
      await updateAudited(manager, this.audit, actor, User, 'user', id, (user) => {
        revokesTokens =
          (input.active !== undefined && input.active !== user.active) ||
          (input.roles !== undefined && !sameRoles(input.roles, user.roles));
        Object.assign(user, input);
        if (revokesTokens) user.tokenVersion++;
      });
      if (revokesTokens) await this.tokenVersions.announceChange(manager, id);
    });
    if (revokesTokens) this.tokenVersions.forget(id);
    return this.users.findOneByOrFail({ id });
  }

  async resetPassword(actor: Actor, id: string, input: ResetPasswordDto): Promise<void> {
    const target = await this.getVisible(actor, id);
    assertMayManageUser(actor, target);
    await this.setPassword(actor, id, input.newPassword, 'reset_password');
  }

  async changeOwnPassword(actor: Actor, input: ChangeOwnPasswordDto): Promise<void> {
    const current = await this.users.findOne({ where: { id: actor.userId }, select: { id: true, passwordHash: true } });
    if (!(await this.passwords.verify(current?.passwordHash, input.currentPassword))) {
      throw new WrongCurrentPasswordError();
    }
    await this.setPassword(actor, actor.userId, input.newPassword, 'change_password');
  }

  /** The active user with these credentials, or null; used by login. */
  async verifyCredentials(username: string, password: string): Promise<User | null> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.username = :username', { username: username.toLowerCase() })
      .getOne();
    const valid = await this.passwords.verify(user?.passwordHash, password);
    return valid && user?.active ? user : null;
  }

  /**
   * Who a user is, for other modules that act on users of any agency (a driver to assign, the
   * requester of a paper booking); it carries no contact details.
   */
  async getIdentity(id: string): Promise<UserIdentity> {
    // Plain SQL: a ticket page asks this on every read, and the query builder cost more than the read.
    const [user] = await this.users.query<UserIdentity[]>(
      'SELECT id, username, agency_id AS "agencyId", roles, display_name AS "displayName", active FROM users WHERE id = $1',
      [id],
    );
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  /**
   * The active users with an e-mail address among these ids or holding any of these roles, for
   * modules that e-mail notifications; the address is all the contact detail it carries.
   */
  async emailContacts(userIds: string[], roles: Role[]): Promise<EmailContact[]> {
    if (!userIds.length && !roles.length) return [];
    return this.users
      .createQueryBuilder('user')
      .select(['user.id', 'user.roles', 'user.displayName', 'user.email'])
      .where("user.active AND user.email IS NOT NULL AND user.email <> ''")
      .andWhere('(user.id = ANY(CAST(:userIds AS uuid[])) OR user.roles && CAST(:roles AS text[]))', { userIds, roles })
      .getMany() as Promise<EmailContact[]>;
  }

  /** Whether the account may still act. */
  async isActive(id: string): Promise<boolean> {
    return this.users.existsBy({ id, active: true });
  }

  /**
   * The token version of an active account, or null when the account is inactive or gone. Every
   * authenticated request asks: the answer is cached until the account's version or active flag
   * changes (TokenVersionCache), and read with plain SQL, cheaper than the query builder.
   */
  activeTokenVersion(id: string): Promise<number | null> {
    return this.tokenVersions.versionOf(id, async () => {
      const [user] = await this.users.query<{ tokenVersion: number }[]>(
        'SELECT token_version AS "tokenVersion" FROM users WHERE id = $1 AND active',
        [id],
      );
      return user?.tokenVersion ?? null;
    });
  }

  /** Creates a user without an acting person, for first-admin setup and seeding. */
  async createInitial(actor: Actor, input: CreateUserDto): Promise<User> {
    const { password, ...fields } = input;
    const passwordHash = await this.passwords.hash(password);
    return this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, User, 'user', { ...fields, passwordHash }),
    );
  }

  existsByUsername(username: string): Promise<boolean> {
    return this.users.existsBy({ username: username.toLowerCase() });
  }

  /**
   * The active accounts among these ids that hold the role, optionally of one agency only, for
   * modules that offer a choice of people (the technicians a coordinator may assign).
   */
  activeIdentitiesWithRole(ids: string[], role: Role, agencyId: string | null): Promise<UserIdentity[]> {
    if (!ids.length) return Promise.resolve([]);
    const builder = this.users
      .createQueryBuilder('user')
      .select(['user.id', 'user.username', 'user.agencyId', 'user.roles', 'user.displayName', 'user.active'])
      .where('user.active AND user.id = ANY(CAST(:ids AS uuid[])) AND :role = ANY(user.roles)', { ids, role });
    if (agencyId) builder.andWhere('user.agency_id = :agencyId', { agencyId });
    return builder.orderBy('user.display_name', 'ASC').getMany();
  }

  /** The display names of these accounts, by id, for records that name the people they involve. */
  async displayNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const users = unique.length
      ? await this.users.find({ where: { id: In(unique) }, select: { id: true, displayName: true } })
      : [];
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  /** Who these accounts are, by username (for seeding records that name them). */
  identitiesByUsername(usernames: string[]): Promise<(UserIdentity & { username: string })[]> {
    return this.users.find({
      where: { username: In(usernames.map((username) => username.toLowerCase())) },
      select: { id: true, username: true, agencyId: true, roles: true, displayName: true, active: true },
    });
  }

  private async setPassword(actor: Actor, id: string, password: string, action: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.transactions.run(async (manager) => {
      await updateAudited(
        manager,
        this.audit,
        actor,
        User,
        'user',
        id,
        (user) => Object.assign(user, { passwordHash, tokenVersion: user.tokenVersion + 1 }),
        action,
      );
      await this.tokenVersions.announceChange(manager, id);
    });
    this.tokenVersions.forget(id);
  }
}
