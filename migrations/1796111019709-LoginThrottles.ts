import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottles1796111019709 implements MigrationInterface {
  name = 'LoginThrottles1796111019709';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttles" ("username" text NOT NULL, "source" text NOT NULL, "attempts" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_success_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_login_throttles" PRIMARY KEY ("username", "source"))`);
    // Replaced by login_throttles; the schema diff never drops a table no entity names.
    await queryRunner.query(`DROP TABLE "login_failures"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "username" text NOT NULL, "ip_address" text, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failures" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_failures_username_failed_at" ON "login_failures"  ("username", "failed_at") `);
    await queryRunner.query(`DROP TABLE "login_throttles"`);
  }
}
