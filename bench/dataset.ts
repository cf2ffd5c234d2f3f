import { Client } from 'pg';
import { ASSETS_SQL } from './dataset-assets.sql';
import { fleetSql } from './dataset-fleet.sql';
import { PARKING_SQL } from './dataset-parking.sql';
import { TICKETS_SQL } from './dataset-tickets.sql';
import { VENUES_SQL } from './dataset-venues.sql';

/** Rows of ten years of activity at scale 1 (`--quick` uses 1% of them; `--scale 3` three times as many). */
export const FULL_VOLUMES = {
  tickets: 1_000_000,
  permits: 1_000_000,
  bookings: 200_000,
  assets: 100_000,
  venueBookings: 50_000,
};

export type Volumes = typeof FULL_VOLUMES;

export function volumesAt(scale: number): Volumes {
  const scaled = (count: number) => Math.max(100, Math.round(count * scale));
  return {
    tickets: scaled(FULL_VOLUMES.tickets),
    permits: scaled(FULL_VOLUMES.permits),
    bookings: scaled(FULL_VOLUMES.bookings),
    assets: scaled(FULL_VOLUMES.assets),
    venueBookings: scaled(FULL_VOLUMES.venueBookings),
  };
}

/**
 * Fills a migrated database that holds the reference data and the bench accounts with ten years
 * of activity, by SQL only (set-based INSERT … SELECT over generate_series), then vacuums and
 * analyzes so the planner sees the tables as a long-running database would.
 */
export async function generateDataset(url: string, volumes: Volumes, log: (message: string) => void): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'bench-dataset' });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'");
    // Serial numbers keep their usual width and grow past it at 10× instead of being cut (lpad truncates).
    await client.query(
      `CREATE FUNCTION pg_temp.zero_padded(n bigint, width int) RETURNS text LANGUAGE sql IMMUTABLE
         AS $$ SELECT lpad(n::text, greatest(width, length(n::text)), '0') $$`,
    );
    const steps: [string, string[], number][] = [
      ['tickets + history', TICKETS_SQL, volumes.tickets],
      ['parking permits + counters', PARKING_SQL, volumes.permits],
      ['vehicle bookings + trips + occupancy', fleetSql(volumes.bookings), volumes.bookings],
      ['assets', ASSETS_SQL, volumes.assets],
      ['venue bookings + occupancy', VENUES_SQL, volumes.venueBookings],
    ];
    for (const [label, statements, count] of steps) {
      const started = Date.now();
      for (const statement of statements) await client.query(statement, statement.includes('$1') ? [count] : []);
      log(`  ${label}: ${count.toLocaleString('en')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = Date.now();
    await client.query('VACUUM (ANALYZE)');
    log(`  vacuum analyze: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}
