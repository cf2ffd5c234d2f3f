import { MigrationInterface, QueryRunner } from 'typeorm';

export class DivisionRecords1796112273634 implements MigrationInterface {
  name = 'DivisionRecords1796112273634';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "division_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "held_on" date NOT NULL, "site_id" uuid NOT NULL, "attendance" integer, "result" text, "result_file_name" text, "result_content_type" text, "result_size_bytes" integer, "result_sha256" text, "result_storage_path" text, "recorded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_division_records_kind_site_id_held_on" UNIQUE ("kind", "site_id", "held_on"), CONSTRAINT "ck_division_records_result_file" CHECK (num_nonnulls(result_file_name, result_content_type, result_size_bytes, result_sha256, result_storage_path) IN (0, 5)), CONSTRAINT "ck_division_records_training_attendance" CHECK (kind <> 'civil_defence_training' OR attendance IS NOT NULL), CONSTRAINT "ck_division_records_attendance" CHECK (attendance IS NULL OR attendance BETWEEN 0 AND 100000), CONSTRAINT "ck_division_records_kind" CHECK (kind IN ('cleaning_greening_evaluation', 'civil_defence_training')), CONSTRAINT "pk_division_records" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_division_records_site_id" ON "division_records"  ("site_id") `);
    await queryRunner.query(`CREATE INDEX "ix_division_records_held_on" ON "division_records"  ("held_on") `);
    await queryRunner.query(`ALTER TABLE "division_records" ADD CONSTRAINT "fk_division_records_site" FOREIGN KEY ("site_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "division_records" DROP CONSTRAINT "fk_division_records_site"`);
    await queryRunner.query(`DROP INDEX "public"."ix_division_records_held_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_division_records_site_id"`);
    await queryRunner.query(`DROP TABLE "division_records"`);
  }
}
