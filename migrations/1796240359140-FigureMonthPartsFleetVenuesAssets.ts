import { MigrationInterface, QueryRunner } from 'typeorm';

const taipeiMidnight = (column: string) => `${column}::timestamp AT TIME ZONE 'Asia/Taipei'`;

/**
 * The tables behind the fleet, venue and property figures, and the instants of a set of their rows
 * (`rows`: a transition table) whose months change when those rows do. Unlike the tickets' backlog,
 * every figure of these sections is a flow, so a row touches only the months of its own instants;
 * a row another table's figures join to (a trip's vehicle class, a space's kind) touches theirs.
 */
const WATCHED = [
  {
    table: 'fleet_bookings',
    section: 'fleet',
    instants: (rows: string) =>
      `SELECT starts_at FROM ${rows} UNION ALL SELECT t.starts_at FROM fleet_trips t JOIN ${rows} r ON t.id = r.trip_id`,
    columns: ['starts_at', 'state', 'channel', 'wanted_class', 'loan', 'trip_id'],
  },
  {
    table: 'fleet_trips',
    section: 'fleet',
    instants: (rows: string) =>
      `SELECT starts_at FROM ${rows} UNION ALL SELECT b.starts_at FROM fleet_bookings b JOIN ${rows} r ON b.trip_id = r.id`,
    columns: ['starts_at', 'state', 'vehicle_id', 'odometer_out_km', 'odometer_in_km'],
  },
  {
    table: 'fleet_vehicles',
    section: 'fleet',
    instants: (rows: string) =>
      `SELECT t.starts_at FROM fleet_trips t JOIN ${rows} r ON t.vehicle_id = r.id
       UNION ALL SELECT b.starts_at FROM fleet_bookings b JOIN fleet_trips t ON t.id = b.trip_id JOIN ${rows} r ON t.vehicle_id = r.id`,
    columns: ['vehicle_class'],
  },
  {
    table: 'venue_bookings',
    section: 'venues',
    instants: (rows: string) => `SELECT starts_at FROM ${rows}`,
    columns: ['starts_at', 'status', 'attendees', 'space_id'],
  },
  {
    table: 'venue_spaces',
    section: 'venues',
    instants: (rows: string) => `SELECT b.starts_at FROM venue_bookings b JOIN ${rows} r ON b.space_id = r.id`,
    columns: ['kind', 'site_id'],
  },
  {
    table: 'assets',
    section: 'assets',
    instants: (rows: string) =>
      `SELECT ${taipeiMidnight('acquisition_date')} FROM ${rows} UNION ALL SELECT ${taipeiMidnight('disposed_on')} FROM ${rows}`,
    columns: ['acquisition_date', 'disposed_on'],
  },
  {
    table: 'asset_movements',
    section: 'assets',
    instants: (rows: string) => `SELECT ${taipeiMidnight('occurred_on')} FROM ${rows}`,
    columns: ['occurred_on', 'kind', 'proceeds'],
  },
  {
    table: 'asset_stocktakes',
    section: 'assets',
    instants: (rows: string) => `SELECT closed_at FROM ${rows}`,
    columns: ['closed_at', 'status'],
  },
];

const EVENTS = [
  { event: 'INSERT', transition: 'REFERENCING NEW TABLE AS new_rows' },
  { event: 'UPDATE', transition: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows' },
  { event: 'DELETE', transition: 'REFERENCING OLD TABLE AS old_rows' },
  { event: 'TRUNCATE', transition: '' },
];

const functionName = (table: string) => `figures_note_${table}_changes`;

function noteChangesFunction({ table, section, instants, columns }: (typeof WATCHED)[number]): string {
  const watched = (row: string) => `(${columns.map((column) => `${row}.${column}`).join(', ')})`;
  const note = (instantsSql: string) =>
    `PERFORM figures_note_changed_instants('${section}', array_agg(changed.instant)) FROM (${instantsSql}) AS changed(instant)`;
  const changed = (side: 'o' | 'n') =>
    `SELECT ${side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${watched('o')} IS DISTINCT FROM ${watched('n')}`;
  return `CREATE FUNCTION ${functionName(table)}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM figure_month_parts WHERE section = '${section}';
      ELSIF TG_OP = 'INSERT' THEN
        ${note(instants('new_rows'))};
      ELSIF TG_OP = 'DELETE' THEN
        ${note(instants('old_rows'))};
      ELSE
        ${note(`WITH changed_old AS (${changed('o')}), changed_new AS (${changed('n')})
                ${instants('changed_old')} UNION ALL ${instants('changed_new')}`)};
      END IF;
      RETURN NULL;
    END $$`;
}

/**
 * The fleet, venue and property figures compose from kept months as the tickets' and permits' do
 * (migration FigureMonthParts): a trigger per table raises the change count of the months its
 * written rows touch, in the writing transaction. `disposed_on` gets an index: a month's write-offs
 * are read by it.
 */
export class FigureMonthPartsFleetVenuesAssets1796240359140 implements MigrationInterface {
  name = 'FigureMonthPartsFleetVenuesAssets1796240359140';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_assets_disposed_on" ON "assets"  ("disposed_on") `);
    await queryRunner.query(`CREATE FUNCTION figures_note_changed_instants(changed_section text, instants timestamptz[]) RETURNS void
      LANGUAGE sql AS $$
        SELECT figures_note_changed_months(changed_section, array_agg(DISTINCT figures_months_between(each.instant, each.instant)))
          FROM unnest(instants) AS each(instant)
         WHERE each.instant IS NOT NULL
      $$`);
    for (const watched of WATCHED) {
      await queryRunner.query(noteChangesFunction(watched));
      for (const { event, transition } of EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER figures_months_${event.toLowerCase()} AFTER ${event} ON ${watched.table} ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${functionName(watched.table)}()`,
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of WATCHED) {
      for (const { event } of EVENTS) await queryRunner.query(`DROP TRIGGER figures_months_${event.toLowerCase()} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${functionName(table)}()`);
    }
    await queryRunner.query(`DROP FUNCTION figures_note_changed_instants(text, timestamptz[])`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_disposed_on"`);
  }
}
