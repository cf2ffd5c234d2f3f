import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadRequestError } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Query parameters every list endpoint accepts. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor is not one this service issued' })
  cursor?: string;
}

export class Page<T> {
  @ApiProperty({ isArray: true }) items: T[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'pass as `cursor` for the next page; null on the last page',
  })
  nextCursor: string | null;
}

export interface KeysetOrder {
  /** Qualified SQL column of the sort key, e.g. `ticket.created_at`; omit to sort by id alone. */
  sortColumn?: string;
  /** Entity property holding the sort key, used to build the next cursor. */
  sortKey?: string;
  /** Qualified SQL column of the unique tie-breaker. */
  idColumn: string;
  idKey?: string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number;

function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

// What cursorValueOf makes of a Date; anything else that starts like a date-time is not one we issued.
const ISSUED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const LOOKS_LIKE_INSTANT = /^[+-]?\d{4,6}-\d{2}-\d{2}T/;
const MAX_CURSOR_TEXT = 200;

/** Whether a decoded cursor value could have come from cursorValueOf. */
function isIssuedValue(value: unknown): value is CursorValue {
  if (typeof value === 'number') return Number.isFinite(value);
  if (
    typeof value !== 'string' ||
    value.length > MAX_CURSOR_TEXT ||
    /\p{Cs}/u.test(value) ||
    value.includes(String.fromCharCode(0))
  )
    return false;
  if (!LOOKS_LIKE_INSTANT.test(value)) return true;
  return ISSUED_INSTANT.test(value) && new Date(value).toISOString() === value;
}

function decodeCursor(cursor: string, expectedLength: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === expectedLength && values.every(isIssuedValue)) return values;
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('pagination.bad_cursor', 'cursor is not one this service issued');
}

function cursorValueOf(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'number' ? value : String(value);
}

/**
 * Applies keyset pagination (WHERE (sort, id) < (last sort, last id) ORDER BY sort, id LIMIT n)
 * and returns the page with the cursor for the next one. Unlike OFFSET it costs the same on page
 * 1 and page 10,000. Timestamp sort keys must be stored with millisecond precision
 * (`timestamptz(3)`), because the cursor carries a JavaScript Date.
 */
export async function keysetPage<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  order: KeysetOrder,
  query: PageQuery,
  /** How the rows are read: entities by default; a hot list may read plain rows of the same shape. */
  readRows: (builder: SelectQueryBuilder<T>) => Promise<T[]> = (all) => all.getMany(),
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const comparison = order.direction === 'DESC' ? '<' : '>';
  const columns = order.sortColumn ? [order.sortColumn, order.idColumn] : [order.idColumn];
  if (query.cursor) {
    const values = decodeCursor(query.cursor, columns.length);
    const parameters = Object.fromEntries(values.map((value, index) => [`keyset${index}`, value]));
    builder.andWhere(
      `(${columns.join(', ')}) ${comparison} (${values.map((_, index) => `:keyset${index}`).join(', ')})`,
      parameters,
    );
  }
  columns.forEach((column, index) =>
    index === 0 ? builder.orderBy(column, order.direction) : builder.addOrderBy(column, order.direction),
  );
  const rows = await readRows(builder.limit(limit + 1));
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? cursorAfter(last, order) : null };
}

/** The cursor of the page that starts after `row`. */
function cursorAfter(row: ObjectLiteral, order: KeysetOrder): string {
  const idKey = order.idKey ?? 'id';
  return encodeCursor(
    order.sortKey ? [cursorValueOf(row[order.sortKey]), cursorValueOf(row[idKey])] : [cursorValueOf(row[idKey])],
  );
}

/**
 * `keysetPage` for a condition SQL cannot decide (one computed in code from each row): reads the
 * rows in key order a batch at a time, keeps those `keep` accepts until the page is full, and
 * returns the cursor after the last row kept, so no row is skipped or repeated across pages.
 * `makeBuilder` narrows the rows as far as SQL can; the fewer it leaves, the fewer are read.
 */
export async function filteredKeysetPage<T extends ObjectLiteral>(
  makeBuilder: () => SelectQueryBuilder<T>,
  order: KeysetOrder,
  query: PageQuery,
  keep: (row: T) => boolean,
  readRows?: (builder: SelectQueryBuilder<T>) => Promise<T[]>,
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const items: T[] = [];
  let cursor = query.cursor;
  for (;;) {
    const batch = await keysetPage(makeBuilder(), order, { limit: MAX_PAGE_SIZE, cursor }, readRows);
    for (const [index, row] of batch.items.entries()) {
      if (!keep(row)) continue;
      items.push(row);
      const more = index < batch.items.length - 1 || batch.nextCursor !== null;
      if (items.length === limit) return { items, nextCursor: more ? cursorAfter(row, order) : null };
    }
    if (!batch.nextCursor) return { items, nextCursor: null };
    cursor = batch.nextCursor;
  }
}
