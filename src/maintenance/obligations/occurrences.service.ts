import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { OccurrenceQuery, OccurrenceView } from './dto/occurrence.dto';
import { ObligationOccurrence } from './obligation-occurrence.entity';
import { toOccurrenceView } from './obligation-views';

const SOONEST_FIRST = {
  sortColumn: 'occurrence.due_date',
  sortKey: 'dueDate',
  idColumn: 'occurrence.id',
  direction: 'ASC',
} as const;

/** Reads occurrences: what falls due in a window, what is overdue, per center, soonest first. */
@Injectable()
export class OccurrencesService {
  constructor(@InjectRepository(ObligationOccurrence) private readonly occurrences: Repository<ObligationOccurrence>) {}

  async get(id: string): Promise<OccurrenceView> {
    const occurrence = await this.occurrences.findOne({ where: { id }, relations: { obligation: true } });
    if (!occurrence) throw new NotFoundError('maintenance_obligation_occurrence', id);
    return toOccurrenceView(occurrence, occurrence.obligation!);
  }

  async list(query: OccurrenceQuery): Promise<Page<OccurrenceView>> {
    const builder = this.occurrences
      .createQueryBuilder('occurrence')
      .innerJoinAndSelect('occurrence.obligation', 'obligation');
    const filters: [keyof OccurrenceQuery, string, string][] = [
      ['dueFrom', 'occurrence.due_date', '>='],
      ['dueTo', 'occurrence.due_date', '<='],
      ['status', 'occurrence.status', '='],
      ['obligationId', 'occurrence.obligation_id', '='],
      ['siteId', 'obligation.site_id', '='],
      ['buildingId', 'obligation.building_id', '='],
      ['kind', 'obligation.kind', '='],
    ];
    for (const [key, column, operator] of filters) {
      if (query[key] !== undefined) builder.andWhere(`${column} ${operator} :${key}`, { [key]: query[key] });
    }
    const page = await keysetPage(builder, SOONEST_FIRST, query);
    return {
      items: page.items.map((occurrence) => toOccurrenceView(occurrence, occurrence.obligation!)),
      nextCursor: page.nextCursor,
    };
  }
}
