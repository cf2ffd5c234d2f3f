import { MigrationInterface, QueryRunner } from 'typeorm';

export class MaintenanceObligations1795366970240 implements MigrationInterface {
  name = 'MaintenanceObligations1795366970240';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "maintenance_obligations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "other_kind_name" text, "title" text NOT NULL, "trade_code" text NOT NULL, "agency_id" uuid NOT NULL, "location_id" uuid NOT NULL, "site_id" uuid NOT NULL, "building_id" uuid, "location_label" text NOT NULL, "interval_months" integer NOT NULL, "next_due_date" date NOT NULL, "due_day_of_month" smallint NOT NULL, "lead_time_days" integer NOT NULL, "advance_from" text NOT NULL, "vendor_name" text, "vendor_contact" text, "active" boolean NOT NULL DEFAULT true, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_maintenance_obligations_advance_from" CHECK (advance_from IN ('due_date', 'completion_date')), CONSTRAINT "ck_maintenance_obligations_due_day_of_month" CHECK (due_day_of_month BETWEEN 1 AND 31), CONSTRAINT "ck_maintenance_obligations_lead_time_days" CHECK (lead_time_days BETWEEN 0 AND 365), CONSTRAINT "ck_maintenance_obligations_interval_months" CHECK (interval_months BETWEEN 1 AND 120), CONSTRAINT "ck_maintenance_obligations_other_kind_name" CHECK ((kind = 'other') = (other_kind_name IS NOT NULL)), CONSTRAINT "ck_maintenance_obligations_kind" CHECK (kind IN ('electrical_inspection', 'fire_safety_inspection', 'public_safety_filing', 'insurance_renewal', 'fire_drill', 'elevator_maintenance', 'other')), CONSTRAINT "pk_maintenance_obligations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_created_by_user_id" ON "maintenance_obligations"  ("created_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_trade_code" ON "maintenance_obligations"  ("trade_code") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_agency_id" ON "maintenance_obligations"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_location_id" ON "maintenance_obligations"  ("location_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_building_id" ON "maintenance_obligations"  ("building_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_site_id_next_due_date" ON "maintenance_obligations"  ("site_id", "next_due_date", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligations_next_due_date" ON "maintenance_obligations"  ("next_due_date", "id") `);
    await queryRunner.query(`CREATE TABLE "maintenance_obligation_occurrences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "obligation_id" uuid NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL, "ticket_id" uuid, "work_order_opened_at" TIMESTAMP(3) WITH TIME ZONE, "completed_on" date, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "completed_by_user_id" uuid, "certificate_attachment_id" uuid, "result" text, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_maintenance_obligation_occurrences_ticket_id" UNIQUE ("ticket_id"), CONSTRAINT "uq_maintenance_obligation_occurrences_obligation_due_date" UNIQUE ("obligation_id", "due_date"), CONSTRAINT "ck_maintenance_obligation_occurrences_result" CHECK (result IS NULL OR result IN ('passed', 'failed')), CONSTRAINT "ck_maintenance_obligation_occurrences_completion" CHECK ((status = 'completed') = (completed_on IS NOT NULL AND completed_at IS NOT NULL AND completed_by_user_id IS NOT NULL AND certificate_attachment_id IS NOT NULL AND result IS NOT NULL)), CONSTRAINT "ck_maintenance_obligation_occurrences_open_has_ticket" CHECK (status <> 'open' OR ticket_id IS NOT NULL), CONSTRAINT "ck_maintenance_obligation_occurrences_status" CHECK (status IN ('upcoming', 'open', 'overdue', 'completed')), CONSTRAINT "pk_maintenance_obligation_occurrences" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_occurrences_completed_by_user_id" ON "maintenance_obligation_occurrences"  ("completed_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_occurrences_certificate_attachment_id" ON "maintenance_obligation_occurrences"  ("certificate_attachment_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_occurrences_completed_on" ON "maintenance_obligation_occurrences"  ("completed_on") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_occurrences_status_due_date" ON "maintenance_obligation_occurrences"  ("status", "due_date", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_occurrences_due_date" ON "maintenance_obligation_occurrences"  ("due_date", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_maintenance_obligation_occurrences_pending" ON "maintenance_obligation_occurrences"  ("obligation_id") WHERE status <> 'completed'`);
    await queryRunner.query(`CREATE TABLE "maintenance_obligation_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_path" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_maintenance_obligation_attachments_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_maintenance_obligation_attachments_size" CHECK (size_bytes > 0), CONSTRAINT "pk_maintenance_obligation_attachments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_attachments_occurrence_id" ON "maintenance_obligation_attachments"  ("occurrence_id") `);
    await queryRunner.query(`CREATE TABLE "maintenance_obligation_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "item" text NOT NULL, "ticket_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_maintenance_obligation_findings_ticket_id" UNIQUE ("ticket_id"), CONSTRAINT "pk_maintenance_obligation_findings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_obligation_findings_occurrence_id" ON "maintenance_obligation_findings"  ("occurrence_id") `);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" ADD CONSTRAINT "fk_maintenance_obligations_trade" FOREIGN KEY ("trade_code") REFERENCES "trades"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" ADD CONSTRAINT "fk_maintenance_obligations_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" ADD CONSTRAINT "fk_maintenance_obligations_location" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" ADD CONSTRAINT "fk_maintenance_obligations_created_by" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" ADD CONSTRAINT "fk_maintenance_obligation_occurrences_obligation" FOREIGN KEY ("obligation_id") REFERENCES "maintenance_obligations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" ADD CONSTRAINT "fk_maintenance_obligation_occurrences_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" ADD CONSTRAINT "fk_maintenance_obligation_occurrences_completed_by" FOREIGN KEY ("completed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" ADD CONSTRAINT "fk_maintenance_obligation_occurrences_certificate" FOREIGN KEY ("certificate_attachment_id") REFERENCES "maintenance_obligation_attachments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_attachments" ADD CONSTRAINT "fk_maintenance_obligation_attachments_occurrence" FOREIGN KEY ("occurrence_id") REFERENCES "maintenance_obligation_occurrences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_findings" ADD CONSTRAINT "fk_maintenance_obligation_findings_occurrence" FOREIGN KEY ("occurrence_id") REFERENCES "maintenance_obligation_occurrences"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_findings" ADD CONSTRAINT "fk_maintenance_obligation_findings_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_findings" DROP CONSTRAINT "fk_maintenance_obligation_findings_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_findings" DROP CONSTRAINT "fk_maintenance_obligation_findings_occurrence"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_attachments" DROP CONSTRAINT "fk_maintenance_obligation_attachments_occurrence"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" DROP CONSTRAINT "fk_maintenance_obligation_occurrences_certificate"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" DROP CONSTRAINT "fk_maintenance_obligation_occurrences_completed_by"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" DROP CONSTRAINT "fk_maintenance_obligation_occurrences_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligation_occurrences" DROP CONSTRAINT "fk_maintenance_obligation_occurrences_obligation"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" DROP CONSTRAINT "fk_maintenance_obligations_created_by"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" DROP CONSTRAINT "fk_maintenance_obligations_location"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" DROP CONSTRAINT "fk_maintenance_obligations_agency"`);
    await queryRunner.query(`ALTER TABLE "maintenance_obligations" DROP CONSTRAINT "fk_maintenance_obligations_trade"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_findings_occurrence_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_obligation_findings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_attachments_occurrence_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_obligation_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_maintenance_obligation_occurrences_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_occurrences_due_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_occurrences_status_due_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_occurrences_completed_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_occurrences_certificate_attachment_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligation_occurrences_completed_by_user_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_obligation_occurrences"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_next_due_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_site_id_next_due_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_building_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_location_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_trade_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_obligations_created_by_user_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_obligations"`);
  }
}
