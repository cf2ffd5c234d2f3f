import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobRunLease1796111589456 implements MigrationInterface {
  name = 'JobRunLease1796111589456';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_runs" ADD "lease_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "job_runs" ADD "attempt" integer NOT NULL DEFAULT '1'`);
    // Runs left 'running' before leases existed died with their instance (none ran longer than
    // minutes): give them a lease that has run out, so that their periods can be taken again.
    await queryRunner.query(
      `UPDATE "job_runs" SET "lease_expires_at" = "started_at" + interval '10 minutes' WHERE "status" = 'running'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_runs" DROP COLUMN "attempt"`);
    await queryRunner.query(`ALTER TABLE "job_runs" DROP COLUMN "lease_expires_at"`);
  }
}
