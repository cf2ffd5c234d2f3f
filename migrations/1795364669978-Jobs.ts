import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795364669978 implements MigrationInterface {
  name = 'Jobs1795364669978';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job_runs" ("id" BIGSERIAL NOT NULL, "job_name" text NOT NULL, "period_key" text NOT NULL, "trigger" text NOT NULL, "status" text NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, "error" text, CONSTRAINT "uq_job_runs_job_name_period_key" UNIQUE ("job_name", "period_key"), CONSTRAINT "ck_job_runs_status" CHECK (status IN ('running', 'succeeded', 'failed')), CONSTRAINT "pk_job_runs" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_job_runs_job_name_started_at" ON "job_runs"  ("job_name", "started_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_job_runs_job_name_started_at"`);
    await queryRunner.query(`DROP TABLE "job_runs"`);
  }
}
