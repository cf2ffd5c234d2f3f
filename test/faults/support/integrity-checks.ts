type Sql = <T = Record<string, unknown>>(text: string, parameters?: unknown[]) => Promise<T[]>;

/** Records that must never exist half-written, checked only where the feature's tables exist. */
const HALF_WRITTEN: { tables: string[]; problem: string; query: string }[] = [
  {
    tables: ['maintenance_tickets', 'maintenance_ticket_status_changes'],
    problem: 'ticket without status history',
    query:
      'SELECT t.id FROM maintenance_tickets t WHERE NOT EXISTS (SELECT 1 FROM maintenance_ticket_status_changes s WHERE s.ticket_id = t.id)',
  },
  {
    tables: ['parking_permits'],
    problem: 'permit without serial',
    query: "SELECT id FROM parking_permits WHERE serial IS NULL OR serial = ''",
  },
  {
    tables: ['fleet_bookings', 'fleet_occupancies'],
    problem: 'assigned booking without its occupancy',
    query:
      'SELECT b.id FROM fleet_bookings b WHERE b.trip_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fleet_occupancies o WHERE o.trip_id = b.trip_id)',
  },
];

export async function existingTables(sql: Sql): Promise<Set<string>> {
  return new Set(
    (await sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).map(
      (row) => row.name,
    ),
  );
}

/** Every half-written record found, as `problem: id`. */
export async function halfWrittenRecords(sql: Sql): Promise<string[]> {
  const tables = await existingTables(sql);
  const found: string[] = [];
  for (const check of HALF_WRITTEN.filter((candidate) => candidate.tables.every((table) => tables.has(table)))) {
    for (const row of await sql<{ id: string }>(check.query)) found.push(`${check.problem}: ${row.id}`);
  }
  return found;
}

/** Rows created since `since` (ids not in it) that have no audit entry: a write whose audit was lost. */
export async function rowsWithoutAudit(sql: Sql, table: string, since: Set<string>): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    `SELECT x.id::text AS id FROM public."${table}" x WHERE NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.entity_id = x.id::text)`,
  );
  return rows.filter((row) => !since.has(row.id)).map((row) => `${table} ${row.id} has no audit entry`);
}

export async function idsOf(sql: Sql, table: string): Promise<Set<string>> {
  return new Set((await sql<{ id: string }>(`SELECT id::text AS id FROM public."${table}"`)).map((row) => row.id));
}

/** A plain connection to a database, for checks behind the service's back. */
export async function connectSql(url: string): Promise<{ sql: Sql; end: () => Promise<void> }> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    sql: async <T>(text: string, parameters?: unknown[]) => (await client.query(text, parameters)).rows as T[],
    end: () => client.end(),
  };
}
