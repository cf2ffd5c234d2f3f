import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserNotifications1796112828403 implements MigrationInterface {
  name = 'UserNotifications1796112828403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "email_attempts" integer NOT NULL DEFAULT '0', "email_error" text, CONSTRAINT "ck_user_notifications_email_attempts" CHECK (email_attempts >= 0), CONSTRAINT "ck_user_notifications_link" CHECK (link LIKE '/%'), CONSTRAINT "ck_user_notifications_kind" CHECK (kind IN ('ticket_status', 'ticket_comment', 'booking_approved', 'booking_reassigned', 'booking_rejected', 'booking_cancelled')), CONSTRAINT "pk_user_notifications" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_notifications_email_pending" ON "user_notifications"  ("created_at") WHERE emailed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_user_notifications_unread" ON "user_notifications"  ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_user_notifications_user_id_created_at" ON "user_notifications"  ("user_id", "created_at", "id") `);
    await queryRunner.query(`ALTER TABLE "user_notifications" ADD CONSTRAINT "fk_user_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_notifications" DROP CONSTRAINT "fk_user_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_notifications_user_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_notifications_unread"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_notifications_email_pending"`);
    await queryRunner.query(`DROP TABLE "user_notifications"`);
  }
}
