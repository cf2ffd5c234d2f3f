import { MigrationInterface, QueryRunner } from 'typeorm';

export class DormitoryPhotos1796128693201 implements MigrationInterface {
  name = 'DormitoryPhotos1796128693201';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dormitory_photos" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid, "residence_check_id" uuid, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_path" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_dormitory_photos_owner" CHECK (num_nonnulls(finding_id, residence_check_id) = 1), CONSTRAINT "pk_dormitory_photos" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_photos_uploaded_by_user_id" ON "dormitory_photos"  ("uploaded_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_photos_residence_check_id" ON "dormitory_photos"  ("residence_check_id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_photos_finding_id" ON "dormitory_photos"  ("finding_id") `);
    await queryRunner.query(`ALTER TABLE "dormitory_photos" ADD CONSTRAINT "fk_dormitory_photos_finding_id" FOREIGN KEY ("finding_id") REFERENCES "dormitory_patrol_findings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_photos" ADD CONSTRAINT "fk_dormitory_photos_residence_check_id" FOREIGN KEY ("residence_check_id") REFERENCES "residence_checks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_photos" ADD CONSTRAINT "fk_dormitory_photos_uploaded_by_user_id" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dormitory_photos" DROP CONSTRAINT "fk_dormitory_photos_uploaded_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_photos" DROP CONSTRAINT "fk_dormitory_photos_residence_check_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_photos" DROP CONSTRAINT "fk_dormitory_photos_finding_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_photos_finding_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_photos_residence_check_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_photos_uploaded_by_user_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_photos"`);
  }
}
