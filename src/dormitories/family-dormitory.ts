import { Repository } from 'typeorm';
import { keysetPage, Page, PageQuery } from '../common/pagination/keyset';
import { Actor } from '../identity/actor';
import { FamilyDormitoryOnlyError } from './dormitories.errors';
import { dormitoryScopeOf } from './dormitory-scope';
import { Dormitory } from './registry/dormitory.entity';

/** Clearances, lawsuits and loans concern only family dormitories (眷舍) being wound down. */
export function requireFamilyDormitory(
  dormitory: Dormitory,
  refusal: new (id: string) => FamilyDormitoryOnlyError,
): void {
  if (dormitory.type !== 'family') throw new refusal(dormitory.id);
}

/** The `date` column a kind of wind-down record is listed by, latest first: its SQL name and its property. */
interface ListedBy<T> {
  column: string;
  key: keyof T & string;
}

/**
 * One page of a kind of wind-down record (clearance, lawsuit, loan) the actor may see, latest
 * first, read with its dormitory so that the list can show the dormitory's code and name.
 */
export async function familyRecordPage<T extends { id: string; agencyId: string }, V>(
  repository: Repository<T>,
  listedBy: ListedBy<T>,
  actor: Actor,
  query: PageQuery,
  viewOf: (row: T) => V,
): Promise<Page<V>> {
  const builder = repository.createQueryBuilder('record').innerJoinAndSelect('record.dormitory', 'dormitory');
  const scope = dormitoryScopeOf(actor);
  if (scope) builder.andWhere('record.agency_id = :scope', { scope });
  const order = {
    sortColumn: `record.${listedBy.column}`,
    sortKey: listedBy.key,
    idColumn: 'record.id',
    direction: 'DESC',
  } as const;
  const page = await keysetPage(builder, order, query);
  return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
}
