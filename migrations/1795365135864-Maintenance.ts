import { MigrationInterface, QueryRunner } from 'typeorm';

export class Maintenance1795365135864 implements MigrationInterface {
  name = 'Maintenance1795365135864';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "maintenance_tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "status" text NOT NULL, "priority" text NOT NULL, "agency_id" uuid NOT NULL, "requester_user_id" uuid NOT NULL, "location_id" uuid, "site_id" uuid, "building_id" uuid, "floor_id" uuid, "room_id" uuid, "location_label" text, "spot_text" text, "trade_code" text NOT NULL, "sub_category" text, "title" text NOT NULL, "description" text NOT NULL, "contact_phone" text, "source_module" text, "source_id" text, "assignee_user_id" uuid, "vendor_name" text, "hold_reason" text, "resolution_note" text, "reopen_count" integer NOT NULL DEFAULT '0', "satisfaction" smallint, "satisfaction_comment" text, "response_target_minutes" integer NOT NULL, "resolution_target_minutes" integer NOT NULL, "response_due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "resolution_due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "paused_business_minutes" double precision NOT NULL DEFAULT '0', "paused_wall_minutes" double precision NOT NULL DEFAULT '0', "paused_since" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP(3) WITH TIME ZONE, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_maintenance_tickets_number" UNIQUE ("number"), CONSTRAINT "ck_maintenance_tickets_assignment" CHECK (status IN ('submitted', 'rejected', 'cancelled') OR assignee_user_id IS NOT NULL OR vendor_name IS NOT NULL), CONSTRAINT "ck_maintenance_tickets_satisfaction" CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5), CONSTRAINT "ck_maintenance_tickets_location" CHECK (location_id IS NOT NULL OR spot_text IS NOT NULL), CONSTRAINT "ck_maintenance_tickets_hold_reason" CHECK ((status = 'on_hold') = (hold_reason IS NOT NULL) AND (hold_reason IS NULL OR hold_reason IN ('parts', 'vendor', 'access', 'after_hours', 'budget', 'other'))), CONSTRAINT "ck_maintenance_tickets_priority" CHECK (priority IN ('emergency', 'high', 'normal', 'low')), CONSTRAINT "ck_maintenance_tickets_status" CHECK (status IN ('submitted', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed', 'rejected', 'cancelled')), CONSTRAINT "pk_maintenance_tickets" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_resolved_at_open" ON "maintenance_tickets"  ("resolved_at") WHERE status = 'resolved'`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_closed_at" ON "maintenance_tickets"  ("closed_at") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_location_id" ON "maintenance_tickets"  ("location_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_requester_user_id" ON "maintenance_tickets"  ("requester_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_assignee_user_id_created_at" ON "maintenance_tickets"  ("assignee_user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_building_id_created_at" ON "maintenance_tickets"  ("building_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_site_id_created_at" ON "maintenance_tickets"  ("site_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_trade_code_created_at" ON "maintenance_tickets"  ("trade_code", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_status_created_at" ON "maintenance_tickets"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_agency_id_created_at" ON "maintenance_tickets"  ("agency_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_tickets_created_at_id" ON "maintenance_tickets"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "maintenance_ticket_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_path" text NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_maintenance_ticket_attachments_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_maintenance_ticket_attachments_size" CHECK (size_bytes > 0), CONSTRAINT "pk_maintenance_ticket_attachments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_ticket_attachments_ticket_id" ON "maintenance_ticket_attachments"  ("ticket_id") `);
    await queryRunner.query(`CREATE TABLE "maintenance_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "kind" text NOT NULL, "clock" text NOT NULL, "recipient" text NOT NULL, "message" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_maintenance_notifications_once" UNIQUE ("ticket_id", "kind", "clock", "recipient"), CONSTRAINT "ck_maintenance_notifications_clock" CHECK (clock IN ('response', 'resolution')), CONSTRAINT "ck_maintenance_notifications_kind" CHECK (kind IN ('sla_warning', 'sla_breach')), CONSTRAINT "pk_maintenance_notifications" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_notifications_recipient_created_at" ON "maintenance_notifications"  ("recipient", "created_at") `);
    await queryRunner.query(`CREATE TABLE "maintenance_sla_policies" ("trade_code" text NOT NULL, "priority" text NOT NULL, "response_minutes" integer NOT NULL, "resolution_minutes" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_maintenance_sla_policies_targets" CHECK (response_minutes > 0 AND resolution_minutes >= response_minutes), CONSTRAINT "ck_maintenance_sla_policies_priority" CHECK (priority IN ('emergency', 'high', 'normal', 'low')), CONSTRAINT "pk_maintenance_sla_policies" PRIMARY KEY ("trade_code", "priority"))`);
    await queryRunner.query(`CREATE TABLE "maintenance_technician_trades" ("user_id" uuid NOT NULL, "trade_code" text NOT NULL, CONSTRAINT "pk_maintenance_technician_trades" PRIMARY KEY ("user_id", "trade_code"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_technician_trades_trade_code" ON "maintenance_technician_trades"  ("trade_code") `);
    await queryRunner.query(`CREATE TABLE "maintenance_ticket_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "author_name" text NOT NULL, "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_maintenance_ticket_comments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_ticket_comments_ticket_id" ON "maintenance_ticket_comments"  ("ticket_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "maintenance_ticket_cost_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "kind" text NOT NULL, "description" text NOT NULL, "quantity" numeric(12,2) NOT NULL, "unit_price" numeric(12,2) NOT NULL, "amount" numeric(14,2) NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_maintenance_ticket_cost_lines_amount" CHECK (quantity > 0 AND unit_price >= 0 AND amount = round(quantity * unit_price, 2)), CONSTRAINT "ck_maintenance_ticket_cost_lines_kind" CHECK (kind IN ('labour', 'material', 'vendor')), CONSTRAINT "pk_maintenance_ticket_cost_lines" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_ticket_cost_lines_ticket_id" ON "maintenance_ticket_cost_lines"  ("ticket_id") `);
    await queryRunner.query(`CREATE TABLE "maintenance_ticket_counters" ("roc_year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "pk_maintenance_ticket_counters" PRIMARY KEY ("roc_year"))`);
    await queryRunner.query(`CREATE TABLE "maintenance_ticket_status_changes" ("id" BIGSERIAL NOT NULL, "ticket_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "action" text NOT NULL, "actor_user_id" uuid, "actor_name" text NOT NULL, "reason" text, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_maintenance_ticket_status_changes_to_status" CHECK (to_status IN ('submitted', 'assigned', 'in_progress', 'on_hold', 'resolved', 'closed', 'rejected', 'cancelled')), CONSTRAINT "pk_maintenance_ticket_status_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_maintenance_ticket_status_changes_ticket_id" ON "maintenance_ticket_status_changes"  ("ticket_id", "id") `);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" ADD CONSTRAINT "fk_maintenance_tickets_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" ADD CONSTRAINT "fk_maintenance_tickets_requester" FOREIGN KEY ("requester_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" ADD CONSTRAINT "fk_maintenance_tickets_location" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" ADD CONSTRAINT "fk_maintenance_tickets_trade" FOREIGN KEY ("trade_code") REFERENCES "trades"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" ADD CONSTRAINT "fk_maintenance_tickets_assignee" FOREIGN KEY ("assignee_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_attachments" ADD CONSTRAINT "fk_maintenance_ticket_attachments_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" ADD CONSTRAINT "fk_maintenance_notifications_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_sla_policies" ADD CONSTRAINT "fk_maintenance_sla_policies_trade" FOREIGN KEY ("trade_code") REFERENCES "trades"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_technician_trades" ADD CONSTRAINT "fk_maintenance_technician_trades_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_technician_trades" ADD CONSTRAINT "fk_maintenance_technician_trades_trade" FOREIGN KEY ("trade_code") REFERENCES "trades"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_comments" ADD CONSTRAINT "fk_maintenance_ticket_comments_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_cost_lines" ADD CONSTRAINT "fk_maintenance_ticket_cost_lines_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_status_changes" ADD CONSTRAINT "fk_maintenance_ticket_status_changes_ticket" FOREIGN KEY ("ticket_id") REFERENCES "maintenance_tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_status_changes" DROP CONSTRAINT "fk_maintenance_ticket_status_changes_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_cost_lines" DROP CONSTRAINT "fk_maintenance_ticket_cost_lines_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_comments" DROP CONSTRAINT "fk_maintenance_ticket_comments_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_technician_trades" DROP CONSTRAINT "fk_maintenance_technician_trades_trade"`);
    await queryRunner.query(`ALTER TABLE "maintenance_technician_trades" DROP CONSTRAINT "fk_maintenance_technician_trades_user"`);
    await queryRunner.query(`ALTER TABLE "maintenance_sla_policies" DROP CONSTRAINT "fk_maintenance_sla_policies_trade"`);
    await queryRunner.query(`ALTER TABLE "maintenance_notifications" DROP CONSTRAINT "fk_maintenance_notifications_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_ticket_attachments" DROP CONSTRAINT "fk_maintenance_ticket_attachments_ticket"`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" DROP CONSTRAINT "fk_maintenance_tickets_assignee"`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" DROP CONSTRAINT "fk_maintenance_tickets_trade"`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" DROP CONSTRAINT "fk_maintenance_tickets_location"`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" DROP CONSTRAINT "fk_maintenance_tickets_requester"`);
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" DROP CONSTRAINT "fk_maintenance_tickets_agency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_ticket_status_changes_ticket_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_ticket_status_changes"`);
    await queryRunner.query(`DROP TABLE "maintenance_ticket_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_ticket_cost_lines_ticket_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_ticket_cost_lines"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_ticket_comments_ticket_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_ticket_comments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_technician_trades_trade_code"`);
    await queryRunner.query(`DROP TABLE "maintenance_technician_trades"`);
    await queryRunner.query(`DROP TABLE "maintenance_sla_policies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_notifications_recipient_created_at"`);
    await queryRunner.query(`DROP TABLE "maintenance_notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_ticket_attachments_ticket_id"`);
    await queryRunner.query(`DROP TABLE "maintenance_ticket_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_agency_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_status_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_trade_code_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_site_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_building_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_assignee_user_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_requester_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_location_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_closed_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_maintenance_tickets_resolved_at_open"`);
    await queryRunner.query(`DROP TABLE "maintenance_tickets"`);
  }
}
