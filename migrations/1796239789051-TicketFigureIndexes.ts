import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a month's ticket figures read by index: the tickets resolved in it (a B-tree on
 * `resolved_at`), and the backlog at its end, the tickets whose open span holds that instant (a GiST
 * index on the span, answered as a stabbing query instead of a scan of every ticket filed before).
 */
export class TicketFigureIndexes1796239789051 implements MigrationInterface {
  name = 'TicketFigureIndexes1796239789051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_resolved_at" ON "maintenance_tickets"  ("resolved_at") `);
    // Open from just after filing until resolved or closed, whichever came first (least ignores a null;
    // both null: open still, no upper bound). A finish before filing (bad data) gives an empty span, not an error.
    await queryRunner.query(`CREATE FUNCTION maintenance_ticket_open_span(created_at timestamptz, resolved_at timestamptz, closed_at timestamptz)
      RETURNS tstzrange LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT tstzrange(created_at, CASE WHEN resolved_at IS NULL AND closed_at IS NULL THEN NULL
                                          ELSE greatest(created_at, least(resolved_at, closed_at)) END, '(]')
      $$`);
    await queryRunner.query(
      `CREATE INDEX "ix_maintenance_tickets_open_span" ON "maintenance_tickets" USING gist (maintenance_ticket_open_span(created_at, resolved_at, closed_at))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_open_span"`);
    await queryRunner.query(`DROP FUNCTION maintenance_ticket_open_span(timestamptz, timestamptz, timestamptz)`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_resolved_at"`);
  }
}
