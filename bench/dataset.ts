import { Client } from 'pg';
import { ASSETS_SQL } from './dataset-assets.sql';
import { fleetSql } from './dataset-fleet.sql';
import { PARKING_SQL } from './dataset-parking.sql';
import { SESSION_SQL } from './dataset-session.sql';
import { TICKETS_SQL } from './dataset-tickets.sql';
import { VENUES_SQL } from './dataset-venues.sql';
import { withDeferredIndexes } from './deferred-indexes';

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

type Step = [label: string, statements: string[], count: number];

/**
 * Fills a migrated database that holds the reference data and the bench accounts with ten years
 * of activity, by SQL only (set-based INSERT … SELECT over generate_series), with the indexes and
 * foreign keys built after the load, in two lanes on two connections (the tickets, and everything
 * else) to use both cores; then vacuums and analyzes so the planner sees the tables as a
 * long-running database would. Returns the rows made, which can be fewer than asked (venue
 * bookings stop at one a day per space).
 */
export async function generateDataset(url: string, volumes: Volumes, log: (message: string) => void): Promise<Volumes> {
  const lanes: Step[][] = [
    [['tickets + history', TICKETS_SQL, volumes.tickets]],
    [
      ['parking permits + counters', PARKING_SQL, volumes.permits],
      ['vehicle bookings + trips + occupancy', fleetSql(volumes.bookings), volumes.bookings],
      ['assets', ASSETS_SQL, volumes.assets],
      ['venue bookings + occupancy', VENUES_SQL, volumes.venueBookings],
    ],
  ];
  return withConnection(url, async (client) => {
    await client.query("SET maintenance_work_mem = '1GB'");
    let loaded = Date.now();
    const rebuilt = await withDeferredIndexes(client, async () => {
      await Promise.all(lanes.map((steps) => withConnection(url, (lane) => runSteps(lane, steps, log))));
      loaded = Date.now();
    });
    log(`  ${rebuilt.indexes} indexes and ${rebuilt.foreignKeys} foreign keys built again in ${seconds(loaded)}`);
    const started = Date.now();
    await client.query('VACUUM (ANALYZE)');
    log(`  vacuum analyze: ${seconds(started)}`);
    const [made] = (
      await client.query<Record<keyof Volumes, string>>(
        `SELECT (SELECT count(*) FROM maintenance_tickets) AS tickets, (SELECT count(*) FROM parking_permits) AS permits,
                (SELECT count(*) FROM fleet_bookings) AS bookings, (SELECT count(*) FROM assets) AS assets,
                (SELECT count(*) FROM venue_bookings) AS "venueBookings"`,
      )
    ).rows;
    return {
      tickets: Number(made.tickets),
      permits: Number(made.permits),
      bookings: Number(made.bookings),
      assets: Number(made.assets),
      venueBookings: Number(made.venueBookings),
    };
  });
}

async function runSteps(client: Client, steps: Step[], log: (message: string) => void): Promise<void> {
  await client.query("SET synchronous_commit = off; SET work_mem = '1GB'");
  for (const statement of SESSION_SQL) await client.query(statement);
  for (const [label, statements, count] of steps) {
    const started = Date.now();
    for (const statement of statements) await client.query(statement, statement.includes('$1') ? [count] : []);
    log(`  ${label}: ${count.toLocaleString('en')} in ${seconds(started)}`);
  }
}

async function withConnection<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'bench-dataset' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
