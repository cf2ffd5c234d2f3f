import { MigrationInterface, QueryRunner } from 'typeorm';

export class FamilyDormitoryWindDown1796144470806 implements MigrationInterface {
  name = 'FamilyDormitoryWindDown1796144470806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "dormitory_clearances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'noticed', "occupant_name" text NOT NULL, "notice_on" date NOT NULL, "notice_document_number" text NOT NULL, "deadline_on" date NOT NULL, "handed_over_on" date, "demolished_on" date, "land_returned_on" date, "land_return_document_number" text, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_dormitory_clearances_dormitory_id" UNIQUE ("dormitory_id"), CONSTRAINT "ck_dormitory_clearances_steps_recorded" CHECK ((status IN ('handed_over', 'demolished', 'land_returned')) = (handed_over_on IS NOT NULL)
   AND (status IN ('demolished', 'land_returned')) = (demolished_on IS NOT NULL)
   AND (status = 'land_returned') = (land_returned_on IS NOT NULL AND land_return_document_number IS NOT NULL)), CONSTRAINT "ck_dormitory_clearances_step_order" CHECK (handed_over_on >= notice_on AND demolished_on >= handed_over_on AND land_returned_on >= demolished_on), CONSTRAINT "ck_dormitory_clearances_deadline" CHECK (deadline_on >= notice_on), CONSTRAINT "ck_dormitory_clearances_status" CHECK (status IN ('noticed', 'handed_over', 'demolished', 'land_returned')), CONSTRAINT "pk_dormitory_clearances" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_clearances_land_returned_on" ON "dormitory_clearances"  ("land_returned_on") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_clearances_agency_id" ON "dormitory_clearances"  ("agency_id", "notice_on") `);
    await queryRunner.query(`CREATE TABLE "dormitory_lawsuits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "case_number" text NOT NULL, "court" text NOT NULL, "defendant_name" text NOT NULL, "stage" text NOT NULL DEFAULT 'first_instance', "status" text NOT NULL DEFAULT 'open', "filed_on" date NOT NULL, "outcome" text, "closed_on" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_dormitory_lawsuits_court_case_number" UNIQUE ("court", "case_number"), CONSTRAINT "ck_dormitory_lawsuits_closed" CHECK ((status = 'closed') = (closed_on IS NOT NULL AND outcome IS NOT NULL) AND closed_on >= filed_on), CONSTRAINT "ck_dormitory_lawsuits_status" CHECK (status IN ('open', 'closed')), CONSTRAINT "ck_dormitory_lawsuits_stage" CHECK (stage IN ('first_instance', 'second_instance', 'third_instance', 'enforcement')), CONSTRAINT "pk_dormitory_lawsuits" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_lawsuits_agency_id" ON "dormitory_lawsuits"  ("agency_id", "filed_on") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_lawsuits_dormitory_id" ON "dormitory_lawsuits"  ("dormitory_id") `);
    await queryRunner.query(`CREATE TABLE "dormitory_lawsuit_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lawsuit_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_path" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_dormitory_lawsuit_documents" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_lawsuit_documents_uploaded_by_user_id" ON "dormitory_lawsuit_documents"  ("uploaded_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_lawsuit_documents_lawsuit_id" ON "dormitory_lawsuit_documents"  ("lawsuit_id") `);
    await queryRunner.query(`CREATE TABLE "dormitory_lawsuit_hearings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lawsuit_id" uuid NOT NULL, "held_on" date NOT NULL, "stage" text NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_dormitory_lawsuit_hearings_stage" CHECK (stage IN ('first_instance', 'second_instance', 'third_instance', 'enforcement')), CONSTRAINT "pk_dormitory_lawsuit_hearings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_lawsuit_hearings_lawsuit_id" ON "dormitory_lawsuit_hearings"  ("lawsuit_id", "held_on") `);
    await queryRunner.query(`CREATE TABLE "dormitory_loans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "property_kind" text NOT NULL, "borrower_agency" text NOT NULL, "purpose" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "document_number" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_dormitory_loans_property_kind" CHECK (property_kind IN ('land', 'house')), CONSTRAINT "ck_dormitory_loans_term" CHECK (ends_on >= starts_on), CONSTRAINT "ex_dormitory_loans_term" EXCLUDE USING gist (dormitory_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&), CONSTRAINT "pk_dormitory_loans" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_loans_agency_id" ON "dormitory_loans"  ("agency_id", "starts_on") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_loans_dormitory_id" ON "dormitory_loans"  ("dormitory_id") `);
    await queryRunner.query(`ALTER TABLE "dormitory_clearances" ADD CONSTRAINT "fk_dormitory_clearances_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_clearances" ADD CONSTRAINT "fk_dormitory_clearances_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuits" ADD CONSTRAINT "fk_dormitory_lawsuits_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuits" ADD CONSTRAINT "fk_dormitory_lawsuits_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuit_documents" ADD CONSTRAINT "fk_dormitory_lawsuit_documents_lawsuit_id" FOREIGN KEY ("lawsuit_id") REFERENCES "dormitory_lawsuits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuit_documents" ADD CONSTRAINT "fk_dormitory_lawsuit_documents_uploaded_by_user_id" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuit_hearings" ADD CONSTRAINT "fk_dormitory_lawsuit_hearings_lawsuit_id" FOREIGN KEY ("lawsuit_id") REFERENCES "dormitory_lawsuits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_loans" ADD CONSTRAINT "fk_dormitory_loans_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_loans" ADD CONSTRAINT "fk_dormitory_loans_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dormitory_loans" DROP CONSTRAINT "fk_dormitory_loans_agency_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_loans" DROP CONSTRAINT "fk_dormitory_loans_dormitory_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuit_hearings" DROP CONSTRAINT "fk_dormitory_lawsuit_hearings_lawsuit_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuit_documents" DROP CONSTRAINT "fk_dormitory_lawsuit_documents_uploaded_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuit_documents" DROP CONSTRAINT "fk_dormitory_lawsuit_documents_lawsuit_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuits" DROP CONSTRAINT "fk_dormitory_lawsuits_agency_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_lawsuits" DROP CONSTRAINT "fk_dormitory_lawsuits_dormitory_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_clearances" DROP CONSTRAINT "fk_dormitory_clearances_agency_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_clearances" DROP CONSTRAINT "fk_dormitory_clearances_dormitory_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_loans_dormitory_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_loans_agency_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_loans"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_lawsuit_hearings_lawsuit_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_lawsuit_hearings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_lawsuit_documents_lawsuit_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_lawsuit_documents_uploaded_by_user_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_lawsuit_documents"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_lawsuits_dormitory_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_lawsuits_agency_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_lawsuits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_clearances_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_clearances_land_returned_on"`);
    await queryRunner.query(`DROP TABLE "dormitory_clearances"`);
  }
}
