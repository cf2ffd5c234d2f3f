import { MAX_PAGE_SIZE, Page, PageQuery } from '../pagination/keyset';
import { Cell } from './table-export';

/** Every page of a keyset list in turn, read only when the export asks for the next one. */
export async function* keysetPages<T>(readPage: (page: PageQuery) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await readPage({ limit: MAX_PAGE_SIZE, cursor });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The pages up to `maxRows` rows in all: more than that is a report, not an export. */
export async function* upTo<T>(pages: AsyncIterable<T[]>, maxRows: number): AsyncGenerator<T[]> {
  let left = maxRows;
  for await (const page of pages) {
    yield page.slice(0, left);
    left -= page.length;
    if (left <= 0) return;
  }
}

/** Adds the names of the ids not named yet, so that a long export looks each one up once. */
export async function addNames(
  names: Map<string, string>,
  ids: string[],
  find: (id: string) => Promise<{ id: string; name: string }>,
): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !names.has(id));
  for (const found of await Promise.all(missing.map(find))) names.set(found.id, found.name);
}

/** Each page as table rows, once the agencies it names are known (each looked up once per export). */
export async function* rowsNamingAgencies<T>(
  pages: AsyncIterable<T[]>,
  agencies: {
    names: Map<string, string>;
    idOf: (item: T) => string;
    find: (id: string) => Promise<{ id: string; name: string }>;
  },
  rowOf: (item: T) => Cell[],
): AsyncGenerator<Cell[][]> {
  for await (const page of pages) {
    await addNames(agencies.names, page.map(agencies.idOf), agencies.find);
    yield page.map(rowOf);
  }
}
