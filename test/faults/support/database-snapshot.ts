type Sql = <T = Record<string, unknown>>(text: string, parameters?: unknown[]) => Promise<T[]>;

/**
 * A fingerprint of every public table (row count and a hash of the rows), so that a test can
 * show that a request wrote nothing, not even an update that keeps the count.
 */
export async function snapshotTables(sql: Sql): Promise<Map<string, string>> {
  const tables = await sql<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const parts = tables.map(
    ({ name }, index) =>
      `SELECT ${index} AS position, count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS fingerprint FROM public."${name}" t`,
  );
  const rows = await sql<{ position: number; fingerprint: string }>(parts.join(' UNION ALL '));
  return new Map(rows.map((row) => [tables[row.position].name, row.fingerprint]));
}

/** Names of the tables whose fingerprint changed between two snapshots. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name));
}
