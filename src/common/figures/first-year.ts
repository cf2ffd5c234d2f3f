import { TAIPEI_ZONE } from '../time';

/** Anything that runs SQL: a repository, an entity manager or the data source. */
interface Queryable {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

/**
 * The Taipei year of a table's earliest record, or null when it has none: where a module's
 * figures begin (the start-up check that every such year has an office calendar).
 */
export async function firstTaipeiYear(db: Queryable, table: string, timeColumn: string): Promise<number | null> {
  const [row] = (await db.query(
    `SELECT extract(year FROM min(${timeColumn}) AT TIME ZONE $1::text)::int AS year FROM ${table}`,
    [TAIPEI_ZONE],
  )) as { year: number | null }[];
  return row.year;
}
