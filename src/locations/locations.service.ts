import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createAudited, deleteAudited, updateAudited } from '../audit/audited-changes';
import { NotFoundError } from '../common/errors/domain-error';
import { ReportReads } from '../common/figures/report-reads';
import { TransactionRunner } from '../database/transaction-runner';
import { Actor } from '../identity/actor';
import { CreateLocationDto, LocationPath, LocationTreeNode, UpdateLocationDto } from './dto/location.dto';
import { Location, PARENT_KIND } from './location.entity';
import { LocationParentError } from './locations.errors';
import { PlaceNames, placeLabel, placeNamesOf } from './place-names';

export type { PlaceNames } from './place-names';

const ORDER = { sortOrder: 'ASC', code: 'ASC' } as const;

/** A room and its ancestors' ids, as tickets and assets record a place. */
export interface RoomPath {
  roomId: string;
  floorId: string;
  buildingId: string;
  siteId: string;
  siteCode: string;
  label: string;
}

export interface SiteName {
  id: string;
  code: string;
  name: string;
}

/** The site → building → floor → room tree. Other modules resolve locations through it. */
@Injectable()
export class LocationsService {
  constructor(
    @InjectRepository(Location) private readonly locations: Repository<Location>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async tree(): Promise<LocationTreeNode[]> {
    const all = await this.locations.find({ order: ORDER });
    const nodes = new Map(all.map((location) => [location.id, { ...location, children: [] as LocationTreeNode[] }]));
    const roots: LocationTreeNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }

  /** What every location is called, by id: for lists and files that name many places. */
  async placeNames(): Promise<Map<string, PlaceNames>> {
    return placeNamesOf(await this.tree());
  }

  /** The centers (the tree's sites) in tree order, as reports name them: read once per report when given one's reads. */
  sites(report?: ReportReads): Promise<SiteName[]> {
    const read = (): Promise<SiteName[]> =>
      this.locations.query(`SELECT id, code, name FROM locations WHERE parent_id IS NULL ORDER BY sort_order, code`);
    return report ? report.once('locations.sites', read) : read();
  }

  children(parentId: string | undefined): Promise<Location[]> {
    return this.locations.find({ where: { parentId: parentId ?? IsNull() }, order: ORDER });
  }

  async get(id: string): Promise<Location> {
    const location = await this.locations.findOneBy({ id });
    if (!location) throw new NotFoundError('location', id);
    return location;
  }

  /** The location with its ancestors, from the site down. */
  async path(id: string): Promise<LocationPath> {
    const rows = (await this.locations.query(
      `WITH RECURSIVE up AS (
         SELECT * FROM locations WHERE id = $1
         UNION ALL SELECT l.* FROM locations l JOIN up ON l.id = up.parent_id)
       SELECT id FROM up`,
      [id],
    )) as { id: string }[];
    if (!rows.length) throw new NotFoundError('location', id);
    const chain = await this.locations.findBy({ id: In(rows.map((row) => row.id)) });
    const byKind = Object.fromEntries(chain.map((location) => [location.kind, location]));
    const ordered = (['site', 'building', 'floor', 'room'] as const).map((kind) => byKind[kind]).filter(Boolean);
    return {
      site: byKind.site,
      building: byKind.building,
      floor: byKind.floor,
      room: byKind.room,
      label: placeLabel(ordered.map((location) => location.name)),
    };
  }

  /** Every room with the floor, building and site above it, for generating demo records in those rooms. */
  async rooms(): Promise<RoomPath[]> {
    const rows: (Omit<RoomPath, 'label'> & { names: string[] })[] = await this.locations.query(
      `SELECT r.id AS "roomId", f.id AS "floorId", b.id AS "buildingId", s.id AS "siteId", s.code AS "siteCode",
              ARRAY[s.name, b.name, f.name, r.name] AS names
         FROM locations r JOIN locations f ON f.id = r.parent_id JOIN locations b ON b.id = f.parent_id
         JOIN locations s ON s.id = b.parent_id
        WHERE r.kind = 'room' AND r.active ORDER BY s.code, b.code, f.sort_order, r.code`,
    );
    return rows.map(({ names, ...room }) => ({ ...room, label: placeLabel(names) }));
  }

  /** Returns the id of the node with this parent and code, inserting it if it is missing. */
  async ensureNode(node: Pick<Location, 'kind' | 'parentId' | 'code' | 'name' | 'sortOrder'>): Promise<string> {
    await this.locations
      .createQueryBuilder()
      .insert()
      .values({ ...node, parentKind: PARENT_KIND[node.kind] })
      .orIgnore()
      .execute();
    const found = await this.locations.findOneByOrFail({
      parentId: node.parentId ?? IsNull(),
      code: node.code,
      kind: node.kind,
    });
    return found.id;
  }

  async create(actor: Actor, input: CreateLocationDto): Promise<Location> {
    const parentKind = PARENT_KIND[input.kind];
    if (parentKind && !input.parentId) throw LocationParentError.required(input.kind, parentKind);
    if (!parentKind && input.parentId) throw LocationParentError.notAllowed();
    if (input.parentId) {
      const parent = await this.get(input.parentId);
      if (parent.kind !== parentKind) throw LocationParentError.wrongKind(input.kind, parentKind!, parent.kind);
    }
    return this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, Location, 'location', {
        ...input,
        parentId: input.parentId ?? null,
        parentKind,
      }),
    );
  }

  update(actor: Actor, id: string, input: UpdateLocationDto): Promise<Location> {
    return this.transactions.run((manager) =>
      updateAudited(manager, this.audit, actor, Location, 'location', id, (location) => Object.assign(location, input)),
    );
  }

  remove(actor: Actor, id: string): Promise<void> {
    return this.transactions.run((manager) => deleteAudited(manager, this.audit, actor, Location, 'location', id));
  }
}
