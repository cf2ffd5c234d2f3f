import { MigrationInterface, QueryRunner } from 'typeorm';

export class FigureSnapshotHistory1796113204204 implements MigrationInterface {
  name = 'FigureSnapshotHistory1796113204204';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "figure_snapshots" DROP CONSTRAINT "uq_figure_snapshots_kind_period_key"`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" ADD "computed_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" ADD "computed_by_name" text NOT NULL DEFAULT '排程'`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" ADD "superseded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_figure_snapshots_kind_period_key_computed_at" ON "figure_snapshots"  ("kind", "period_key", "computed_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_figure_snapshots_kind_period_key_current" ON "figure_snapshots"  ("kind", "period_key") WHERE superseded_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_figure_snapshots_kind_period_key_current"`);
    await queryRunner.query(`DROP INDEX "public"."ix_figure_snapshots_kind_period_key_computed_at"`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" DROP COLUMN "superseded_at"`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" DROP COLUMN "computed_by_name"`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" DROP COLUMN "computed_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "figure_snapshots" ADD CONSTRAINT "uq_figure_snapshots_kind_period_key" UNIQUE ("kind", "period_key")`);
  }
}
