import { MigrationInterface, QueryRunner } from 'typeorm';

export class VehicleReviews1796127036881 implements MigrationInterface {
  name = 'VehicleReviews1796127036881';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "vehicle_review_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_year" smallint NOT NULL, "deadline" date NOT NULL, "ceiling_amount" bigint NOT NULL, "approved_total" bigint NOT NULL DEFAULT '0', "opened_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_vehicle_review_rounds_budget_year" UNIQUE ("budget_year"), CONSTRAINT "ck_vehicle_review_rounds_within_ceiling" CHECK (approved_total >= 0 AND approved_total <= ceiling_amount), CONSTRAINT "ck_vehicle_review_rounds_ceiling_amount" CHECK (ceiling_amount >= 0), CONSTRAINT "ck_vehicle_review_rounds_budget_year" CHECK (budget_year BETWEEN 100 AND 300), CONSTRAINT "pk_vehicle_review_rounds" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "vehicle_request_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "kind" text NOT NULL, "purpose" text NOT NULL, "quantity" integer NOT NULL, "unit_price" bigint NOT NULL, "requested_amount" bigint NOT NULL, "replaced_plate" text, "replaced_age_years" smallint, "replaced_km" integer, "reason" text NOT NULL, "state" text NOT NULL DEFAULT 'filed', "approved_amount" bigint, "approved_quantity" integer, "decision_reason" text, "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "filed_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_vehicle_request_lines_decision_reason" CHECK (state <> 'rejected' OR decision_reason IS NOT NULL), CONSTRAINT "ck_vehicle_request_lines_approved_quantity" CHECK (approved_quantity IS NULL OR approved_quantity BETWEEN 1 AND quantity), CONSTRAINT "ck_vehicle_request_lines_approved_amount" CHECK (approved_amount IS NULL OR approved_amount BETWEEN 1 AND requested_amount), CONSTRAINT "ck_vehicle_request_lines_approval" CHECK ((state = 'approved') = (approved_amount IS NOT NULL AND approved_quantity IS NOT NULL)), CONSTRAINT "ck_vehicle_request_lines_replaced_km" CHECK (replaced_km IS NULL OR replaced_km BETWEEN 0 AND 10000000), CONSTRAINT "ck_vehicle_request_lines_replaced_age" CHECK (replaced_age_years IS NULL OR replaced_age_years BETWEEN 0 AND 100), CONSTRAINT "ck_vehicle_request_lines_requested_amount" CHECK (requested_amount = quantity * unit_price), CONSTRAINT "ck_vehicle_request_lines_unit_price" CHECK (unit_price BETWEEN 1 AND 1000000000), CONSTRAINT "ck_vehicle_request_lines_quantity" CHECK (quantity BETWEEN 1 AND 10000), CONSTRAINT "ck_vehicle_request_lines_state" CHECK (state IN ('filed', 'approved', 'deferred', 'rejected')), CONSTRAINT "ck_vehicle_request_lines_kind" CHECK (kind IN ('car', 'motorcycle', 'special_vehicle', 'lease_renewal')), CONSTRAINT "pk_vehicle_request_lines" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_vehicle_request_lines_agency_id" ON "vehicle_request_lines"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "ix_vehicle_request_lines_round_id" ON "vehicle_request_lines"  ("round_id") `);
    await queryRunner.query(`CREATE TABLE "vehicle_request_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "line_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_path" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_vehicle_request_attachments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_vehicle_request_attachments_line_id" ON "vehicle_request_attachments"  ("line_id") `);
    await queryRunner.query(`ALTER TABLE "vehicle_request_lines" ADD CONSTRAINT "fk_vehicle_request_lines_round" FOREIGN KEY ("round_id") REFERENCES "vehicle_review_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vehicle_request_lines" ADD CONSTRAINT "fk_vehicle_request_lines_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vehicle_request_attachments" ADD CONSTRAINT "fk_vehicle_request_attachments_line" FOREIGN KEY ("line_id") REFERENCES "vehicle_request_lines"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vehicle_request_attachments" DROP CONSTRAINT "fk_vehicle_request_attachments_line"`);
    await queryRunner.query(`ALTER TABLE "vehicle_request_lines" DROP CONSTRAINT "fk_vehicle_request_lines_agency"`);
    await queryRunner.query(`ALTER TABLE "vehicle_request_lines" DROP CONSTRAINT "fk_vehicle_request_lines_round"`);
    await queryRunner.query(`DROP INDEX "public"."ix_vehicle_request_attachments_line_id"`);
    await queryRunner.query(`DROP TABLE "vehicle_request_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_vehicle_request_lines_round_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_vehicle_request_lines_agency_id"`);
    await queryRunner.query(`DROP TABLE "vehicle_request_lines"`);
    await queryRunner.query(`DROP TABLE "vehicle_review_rounds"`);
  }
}
