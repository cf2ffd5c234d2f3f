import { MigrationInterface, QueryRunner } from 'typeorm';

export class Figures1795366181955 implements MigrationInterface {
  name = 'Figures1795366181955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "figure_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "period_key" text NOT NULL, "label" text NOT NULL, "period_start" TIMESTAMP WITH TIME ZONE NOT NULL, "period_end" TIMESTAMP WITH TIME ZONE NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sections" jsonb NOT NULL, CONSTRAINT "uq_figure_snapshots_kind_period_key" UNIQUE ("kind", "period_key"), CONSTRAINT "ck_figure_snapshots_kind" CHECK (kind IN ('year', 'month', 'range')), CONSTRAINT "pk_figure_snapshots" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "figure_snapshots"`);
  }
}
