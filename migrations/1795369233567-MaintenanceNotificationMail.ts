import { MigrationInterface, QueryRunner } from 'typeorm';

export class MaintenanceNotificationMail1795369233567 implements MigrationInterface {
  name = 'MaintenanceNotificationMail1795369233567';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" ADD "email_attempts" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" ADD "email_error" text`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_notifications_email_pending" ON "maintenance_notifications"  ("created_at") WHERE emailed_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" ADD CONSTRAINT "ck_maintenance_notifications_email_attempts" CHECK (email_attempts >= 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" DROP CONSTRAINT "ck_maintenance_notifications_email_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_notifications_email_pending"`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" DROP COLUMN "email_error"`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" DROP COLUMN "email_attempts"`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" DROP COLUMN "emailed_at"`);
  }
}
