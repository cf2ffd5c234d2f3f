import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables whose closed months the figures module keeps parts of, and which months a written row
 * touches: from its earliest to its latest instant, up to now while it is open (`last` is null).
 * A trigger per table, in the writing transaction, raises those months' change counts, so that
 * every path that writes (a service, an import, a script) makes the kept parts of those months stale.
 */
const WATCHED = [
  {
    table: 'maintenance_tickets',
    section: 'maintenance',
    first: (row: string) => `least(${row}.created_at, ${row}.resolved_at, ${row}.closed_at)`,
    last: (row: string) =>
      `CASE WHEN ${row}.resolved_at IS NULL AND ${row}.closed_at IS NULL THEN NULL ELSE greatest(${row}.created_at, ${row}.resolved_at, ${row}.closed_at) END`,
    columns: ['created_at', 'resolved_at', 'closed_at', 'status', 'source_module', 'resolution_due_at'],
  },
  {
    table: 'parking_permits',
    section: 'parking',
    first: (row: string) => `least(${row}.issued_at, ${row}.revoked_at)`,
    last: (row: string) => `greatest(${row}.issued_at, ${row}.revoked_at)`,
    columns: ['issued_at', 'revoked_at', 'lot_id'],
  },
];

const EVENTS = [
  { event: 'INSERT', transition: 'REFERENCING NEW TABLE AS new_rows' },
  { event: 'UPDATE', transition: 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows' },
  { event: 'DELETE', transition: 'REFERENCING OLD TABLE AS old_rows' },
  { event: 'TRUNCATE', transition: '' },
];

const functionName = (table: string) => `figures_note_${table}_changes`;

function noteChangesFunction({ table, section, first, last, columns }: (typeof WATCHED)[number]): string {
  const span = (row: string) => `figures_months_between(${first(row)}, ${last(row)})`;
  const watched = (row: string) => `(${columns.map((column) => `${row}.${column}`).join(', ')})`;
  return `CREATE FUNCTION ${functionName(table)}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM figure_month_parts WHERE section = '${section}';
      ELSIF TG_OP = 'INSERT' THEN
        PERFORM figures_note_changed_months('${section}', array_agg(DISTINCT ${span('r')})) FROM new_rows r;
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM figures_note_changed_months('${section}', array_agg(DISTINCT ${span('r')})) FROM old_rows r;
      ELSE
        PERFORM figures_note_changed_months('${section}', array_agg(DISTINCT spans.span)) FROM (
          SELECT unnest(ARRAY[${span('o')}, ${span('n')}]) AS span
            FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE ${watched('o')} IS DISTINCT FROM ${watched('n')}) spans;
      END IF;
      RETURN NULL;
    END $$`;
}

export class FigureMonthParts1796179013685 implements MigrationInterface {
  name = 'FigureMonthParts1796179013685';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "figure_month_changes" ("section" text NOT NULL, "month" date NOT NULL, "version" bigint NOT NULL DEFAULT '1', CONSTRAINT "pk_figure_month_changes" PRIMARY KEY ("section", "month"))`);
    await queryRunner.query(`CREATE TABLE "figure_month_parts" ("section" text NOT NULL, "month" date NOT NULL, "version" bigint NOT NULL, "parts_version" integer NOT NULL, "parts" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_figure_month_parts_month" CHECK (month = date_trunc('month', month)), CONSTRAINT "pk_figure_month_parts" PRIMARY KEY ("section", "month"))`);
    // Trigger functions: TypeORM does not generate them (written by hand below, in this migration only).
    await queryRunner.query(`CREATE FUNCTION figures_months_between(first_at timestamptz, last_at timestamptz) RETURNS daterange
      LANGUAGE sql STABLE AS $$
        SELECT daterange(
          date_trunc('month', first_at AT TIME ZONE 'Asia/Taipei')::date,
          date_trunc('month', greatest(first_at, least(coalesce(last_at, now()), now())) AT TIME ZONE 'Asia/Taipei')::date,
          '[]')
      $$`);
    // Only closed months count: the open month is always counted live. now() is the transaction's start.
    await queryRunner.query(`CREATE FUNCTION figures_note_changed_months(changed_section text, spans daterange[]) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO figure_month_changes AS changes (section, month)
        SELECT changed_section, months.month::date
          FROM unnest(spans) AS each(span)
          CROSS JOIN LATERAL generate_series(lower(each.span)::timestamp, (upper(each.span) - 1)::timestamp, interval '1 month') AS months(month)
         WHERE months.month < date_trunc('month', now() AT TIME ZONE 'Asia/Taipei')
         GROUP BY months.month
        ON CONFLICT (section, month) DO UPDATE SET version = changes.version + 1
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
    await queryRunner.query(`DROP FUNCTION figures_note_changed_months(text, daterange[])`);
    await queryRunner.query(`DROP FUNCTION figures_months_between(timestamptz, timestamptz)`);
    await queryRunner.query(`DROP TABLE "figure_month_parts"`);
    await queryRunner.query(`DROP TABLE "figure_month_changes"`);
  }
}
