import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { NotFoundError, StaleVersionError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { LocationsService } from '../../locations/locations.service';
import { PUBLIC_SPACE_KINDS, SPACE_KIND_LABELS } from '../venue.constants';
import { VENUE_RULE_CODES, VenueLocationNotRoomError, VenueRulesError } from '../venues.errors';
import { CreateVenueSpaceDto, UpdateVenueSpaceDto, VenueSpaceQuery, VenueSpaceView } from './dto/venue-space.dto';
import { VenueSpaceLink } from './venue-space-link.entity';
import { VenueSpacePart } from './venue-space-part.entity';
import { VenueSpace } from './venue-space.entity';

/** A space as the reference data (config/reference.json) describes it, with its room already in the tree. */
export interface ReferenceSpace extends Omit<CreateVenueSpaceDto, 'partIds'> {
  /** Codes of the spaces this hall is made of, listed earlier in the reference data. */
  partCodes?: string[];
}

/**
 * The bookable spaces of the two centers, their parts, and the footprint of each (the physical
 * spaces a booking of it holds). Other parts of the venues module resolve spaces through it.
 */
@Injectable()
export class VenueSpacesService {
  constructor(
    @InjectRepository(VenueSpace) private readonly spaces: Repository<VenueSpace>,
    private readonly locations: LocationsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(query: VenueSpaceQuery): Promise<VenueSpaceView[]> {
    return this.views(await this.rows(query));
  }

  /** The spaces' rows, by code, for the booking rules. */
  rows(query: VenueSpaceQuery): Promise<VenueSpace[]> {
    const builder = this.spaces.createQueryBuilder('space').orderBy('space.code');
    if (!query.includeInactive) builder.andWhere('space.active');
    if (query.siteId) builder.andWhere('space.site_id = :siteId', { siteId: query.siteId });
    if (query.kind) builder.andWhere('space.kind = :kind', { kind: query.kind });
    return builder.getMany();
  }

  async get(id: string): Promise<VenueSpaceView> {
    const [view] = await this.views([await this.require(id)]);
    return view;
  }

  /** The space's row, for the booking rules. */
  async require(id: string, manager: EntityManager = this.spaces.manager): Promise<VenueSpace> {
    const space = await manager.findOneBy(VenueSpace, { id });
    if (!space) throw new NotFoundError('venue_space', id);
    return space;
  }

  /** Views of the given spaces: their center, place in the tree, parts and the halls they are part of. */
  async views(spaces: VenueSpace[]): Promise<VenueSpaceView[]> {
    if (!spaces.length) return [];
    const ids = spaces.map((space) => space.id);
    const parts = await this.spaces.manager.find(VenueSpacePart, {
      where: [{ wholeId: In(ids) }, { partId: In(ids) }],
    });
    const places = await this.locations.placeNames();
    return spaces.map((space) => {
      const { siteName, label } = places.get(space.locationId) ?? { siteName: '', label: space.name };
      return {
        ...space,
        kindLabel: SPACE_KIND_LABELS[space.kind],
        isPublicSpace: PUBLIC_SPACE_KINDS.includes(space.kind),
        siteName,
        locationLabel: label,
        partIds: parts.filter((part) => part.wholeId === space.id).map((part) => part.partId),
        partOfIds: parts.filter((part) => part.partId === space.id).map((part) => part.wholeId),
      };
    });
  }

  async create(actor: Actor, input: CreateVenueSpaceDto): Promise<VenueSpaceView> {
    const location = await this.locations.path(input.locationId);
    if (!location.room) {
      const kind = location.floor ? 'floor' : location.building ? 'building' : 'site';
      throw new VenueLocationNotRoomError(input.locationId, kind);
    }
    const { partIds = [], ...fields } = input;
    const opensAt = fields.opensAt ?? this.config.venues.defaultOpensAt;
    const closesAt = fields.closesAt ?? this.config.venues.defaultClosesAt;
    this.assertHours(opensAt, closesAt);
    const saved = await this.transactions.run(async (manager) => {
      await this.assertParts(manager, partIds, location.site.id);
      const space = await createAudited(manager, this.audit, actor, VenueSpace, 'venue_space', {
        ...fields,
        name: fields.name ?? location.room!.name,
        siteId: location.site.id,
        equipment: fields.equipment ?? [],
        opensAt,
        closesAt,
      });
      await this.linkParts(manager, actor, space.id, partIds);
      return space;
    });
    return this.get(saved.id);
  }

  async update(actor: Actor, id: string, input: UpdateVenueSpaceDto): Promise<VenueSpaceView> {
    const { version, ...changes } = input;
    await this.transactions.run((manager) =>
      updateAudited(manager, this.audit, actor, VenueSpace, 'venue_space', id, (space) => {
        if (version !== undefined && version !== space.version)
          throw new StaleVersionError('venue_space', id, version, space.version);
        Object.assign(space, changes);
        this.assertHours(space.opensAt, space.closesAt);
      }),
    );
    return this.get(id);
  }

  /** Adds the reference spaces whose codes are missing, halls after their parts; existing ones are left as edited. */
  async seed(actor: Actor, spaces: ReferenceSpace[]): Promise<void> {
    for (const { partCodes = [], ...space } of spaces) {
      if (await this.spaces.existsBy({ code: space.code })) continue;
      const parts = partCodes.length ? await this.spaces.findBy({ code: In(partCodes) }) : [];
      await this.create(actor, { ...space, partIds: parts.map((part) => part.id) });
    }
  }

  private assertHours(opensAt: string, closesAt: string): void {
    if (opensAt < closesAt) return;
    throw new VenueRulesError([
      {
        field: 'closesAt',
        code: VENUE_RULE_CODES.hoursOrder,
        message: 'closesAt must be later than opensAt',
        params: { opensAt },
      },
    ]);
  }

  private async assertParts(manager: EntityManager, partIds: string[], siteId: string): Promise<void> {
    const found = partIds.length ? await manager.findBy(VenueSpace, { id: In(partIds) }) : [];
    const problems = partIds.flatMap((partId, index) => {
      const part = found.find((space) => space.id === partId);
      if (part && part.siteId === siteId && partIds.indexOf(partId) === index) return [];
      return [
        {
          field: `partIds.${index}`,
          code: VENUE_RULE_CODES.partInvalid,
          message: part ? 'a part must be another space of the same center, listed once' : `no space ${partId}`,
        },
      ];
    });
    if (problems.length) throw new VenueRulesError(problems);
  }

  /** The hall's parts and its footprint: itself and everything each part holds. */
  private async linkParts(manager: EntityManager, actor: Actor, spaceId: string, partIds: string[]): Promise<void> {
    await manager.insert(VenueSpaceLink, { ancestorId: spaceId, descendantId: spaceId });
    if (!partIds.length) return;
    await manager.insert(
      VenueSpacePart,
      partIds.map((partId) => ({ wholeId: spaceId, partId })),
    );
    await manager.query(
      `INSERT INTO venue_space_links (ancestor_id, descendant_id)
       SELECT DISTINCT $1::uuid, descendant_id FROM venue_space_links WHERE ancestor_id = ANY($2::uuid[])
       ON CONFLICT DO NOTHING`,
      [spaceId, partIds],
    );
    await this.audit.record(manager, actor, {
      entityType: 'venue_space',
      entityId: spaceId,
      action: 'set_parts',
      after: { partIds },
    });
  }
}
