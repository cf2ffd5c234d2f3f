import { MigrationInterface, QueryRunner } from 'typeorm';

export class Dormitories1795364911971 implements MigrationInterface {
  name = 'Dormitories1795364911971';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "dormitories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "address" text NOT NULL, "type" text NOT NULL, "status" text NOT NULL DEFAULT 'vacant', "lendable" boolean NOT NULL DEFAULT false, "acquired_on" date, "removed_on" date, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_dormitories_code" UNIQUE ("code"), CONSTRAINT "ck_dormitories_lendable_head_residence" CHECK (NOT lendable OR type = 'head_residence'), CONSTRAINT "ck_dormitories_removed_on" CHECK ((status IN ('demolished', 'handed_over')) = (removed_on IS NOT NULL)), CONSTRAINT "ck_dormitories_status" CHECK (status IN ('in_use', 'vacant', 'demolished', 'handed_over', 'lent_out')), CONSTRAINT "ck_dormitories_type" CHECK (type IN ('head_residence', 'multi_room_staff', 'single_room_staff', 'family')), CONSTRAINT "pk_dormitories" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitories_agency_id" ON "dormitories"  ("agency_id") `);
    await queryRunner.query(`CREATE TABLE "dormitory_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "code" text NOT NULL, "room_count" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_dormitory_units_dormitory_id_code" UNIQUE ("dormitory_id", "code"), CONSTRAINT "ck_dormitory_units_room_count" CHECK (room_count > 0), CONSTRAINT "pk_dormitory_units" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "dormitory_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "occupant_user_id" uuid, "occupant_name" text NOT NULL, "occupant_agency_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_dormitory_assignments_period" CHECK (ends_on IS NULL OR ends_on > starts_on), CONSTRAINT "ex_dormitory_assignments_unit_period" EXCLUDE USING gist (unit_id WITH =, daterange(starts_on, ends_on) WITH &&), CONSTRAINT "pk_dormitory_assignments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_assignments_occupant_agency_id" ON "dormitory_assignments"  ("occupant_agency_id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_assignments_occupant_user_id" ON "dormitory_assignments"  ("occupant_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_assignments_unit_id" ON "dormitory_assignments"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "dormitory_patrols" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "patrolled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "inspector_user_id" uuid NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_dormitory_patrols" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_patrols_inspector_user_id" ON "dormitory_patrols"  ("inspector_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_patrols_patrolled_at" ON "dormitory_patrols"  ("patrolled_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_patrols_dormitory_id" ON "dormitory_patrols"  ("dormitory_id", "patrolled_at") `);
    await queryRunner.query(`CREATE TABLE "dormitory_patrol_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "patrol_id" uuid NOT NULL, "item" text NOT NULL, "severity" text NOT NULL, "photo_ref" text, "note" text, "repair_ticket_id" text, "repair_requested_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_dormitory_patrol_findings_repair" CHECK ((repair_ticket_id IS NULL) = (repair_requested_at IS NULL)), CONSTRAINT "ck_dormitory_patrol_findings_severity" CHECK (severity IN ('low', 'medium', 'high')), CONSTRAINT "pk_dormitory_patrol_findings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_patrol_findings_repair_requested_at" ON "dormitory_patrol_findings"  ("repair_requested_at") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_patrol_findings_patrol_id" ON "dormitory_patrol_findings"  ("patrol_id") `);
    await queryRunner.query(`CREATE TABLE "residence_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "requested_by_user_id" uuid NOT NULL, "organizer_type" text NOT NULL, "organizer_name" text NOT NULL, "purpose" text NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'requested', "decision_note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_residence_bookings_organizer_type" CHECK (organizer_type IN ('agency', 'school', 'organisation')), CONSTRAINT "ck_residence_bookings_status" CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled')), CONSTRAINT "ck_residence_bookings_window" CHECK (ends_at > starts_at), CONSTRAINT "ex_residence_bookings_window" EXCLUDE USING gist (dormitory_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ('requested', 'approved')), CONSTRAINT "pk_residence_bookings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_residence_bookings_requested_by_user_id" ON "residence_bookings"  ("requested_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_residence_bookings_starts_at" ON "residence_bookings"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_residence_bookings_agency_id" ON "residence_bookings"  ("agency_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_residence_bookings_dormitory_id" ON "residence_bookings"  ("dormitory_id") `);
    await queryRunner.query(`CREATE TABLE "residence_check_campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "code" text NOT NULL, "check_count" integer NOT NULL, "opened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_residence_check_campaigns_agency_id_code" UNIQUE ("agency_id", "code"), CONSTRAINT "ck_residence_check_campaigns_code" CHECK (code ~ '^[0-9]{2,3}-H[12]$'), CONSTRAINT "pk_residence_check_campaigns" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "residence_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "outcome" text, "checked_on" date, "note" text, "recorded_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "uq_residence_checks_campaign_id_assignment_id" UNIQUE ("campaign_id", "assignment_id"), CONSTRAINT "ck_residence_checks_recorded" CHECK ((outcome IS NULL) = (checked_on IS NULL) AND (outcome IS NULL) = (recorded_at IS NULL)), CONSTRAINT "ck_residence_checks_outcome" CHECK (outcome IN ('living_there', 'not_living_there', 'unreachable')), CONSTRAINT "pk_residence_checks" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_residence_checks_assignment_id" ON "residence_checks"  ("assignment_id") `);
    await queryRunner.query(`CREATE TABLE "dormitory_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dormitory_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "effective_on" date NOT NULL, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_dormitory_status_changes_to_status" CHECK (to_status IN ('in_use', 'vacant', 'demolished', 'handed_over', 'lent_out')), CONSTRAINT "pk_dormitory_status_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_status_changes_to_status_effective_on" ON "dormitory_status_changes"  ("to_status", "effective_on") `);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_status_changes_dormitory_id" ON "dormitory_status_changes"  ("dormitory_id", "effective_on") `);
    await queryRunner.query(`ALTER TABLE "dormitories" ADD CONSTRAINT "fk_dormitories_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_units" ADD CONSTRAINT "fk_dormitory_units_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" ADD CONSTRAINT "fk_dormitory_assignments_unit_id" FOREIGN KEY ("unit_id") REFERENCES "dormitory_units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" ADD CONSTRAINT "fk_dormitory_assignments_occupant_user_id" FOREIGN KEY ("occupant_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" ADD CONSTRAINT "fk_dormitory_assignments_occupant_agency_id" FOREIGN KEY ("occupant_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_patrols" ADD CONSTRAINT "fk_dormitory_patrols_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_patrols" ADD CONSTRAINT "fk_dormitory_patrols_inspector_user_id" FOREIGN KEY ("inspector_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_patrol_findings" ADD CONSTRAINT "fk_dormitory_patrol_findings_patrol_id" FOREIGN KEY ("patrol_id") REFERENCES "dormitory_patrols"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "residence_bookings" ADD CONSTRAINT "fk_residence_bookings_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "residence_bookings" ADD CONSTRAINT "fk_residence_bookings_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "residence_bookings" ADD CONSTRAINT "fk_residence_bookings_requested_by_user_id" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "residence_check_campaigns" ADD CONSTRAINT "fk_residence_check_campaigns_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "residence_checks" ADD CONSTRAINT "fk_residence_checks_campaign_id" FOREIGN KEY ("campaign_id") REFERENCES "residence_check_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "residence_checks" ADD CONSTRAINT "fk_residence_checks_assignment_id" FOREIGN KEY ("assignment_id") REFERENCES "dormitory_assignments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dormitory_status_changes" ADD CONSTRAINT "fk_dormitory_status_changes_dormitory_id" FOREIGN KEY ("dormitory_id") REFERENCES "dormitories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dormitory_status_changes" DROP CONSTRAINT "fk_dormitory_status_changes_dormitory_id"`);
    await queryRunner.query(`ALTER TABLE "residence_checks" DROP CONSTRAINT "fk_residence_checks_assignment_id"`);
    await queryRunner.query(`ALTER TABLE "residence_checks" DROP CONSTRAINT "fk_residence_checks_campaign_id"`);
    await queryRunner.query(`ALTER TABLE "residence_check_campaigns" DROP CONSTRAINT "fk_residence_check_campaigns_agency_id"`);
    await queryRunner.query(`ALTER TABLE "residence_bookings" DROP CONSTRAINT "fk_residence_bookings_requested_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "residence_bookings" DROP CONSTRAINT "fk_residence_bookings_agency_id"`);
    await queryRunner.query(`ALTER TABLE "residence_bookings" DROP CONSTRAINT "fk_residence_bookings_dormitory_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_patrol_findings" DROP CONSTRAINT "fk_dormitory_patrol_findings_patrol_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_patrols" DROP CONSTRAINT "fk_dormitory_patrols_inspector_user_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_patrols" DROP CONSTRAINT "fk_dormitory_patrols_dormitory_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" DROP CONSTRAINT "fk_dormitory_assignments_occupant_agency_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" DROP CONSTRAINT "fk_dormitory_assignments_occupant_user_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" DROP CONSTRAINT "fk_dormitory_assignments_unit_id"`);
    await queryRunner.query(`ALTER TABLE "dormitory_units" DROP CONSTRAINT "fk_dormitory_units_dormitory_id"`);
    await queryRunner.query(`ALTER TABLE "dormitories" DROP CONSTRAINT "fk_dormitories_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_status_changes_dormitory_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_status_changes_to_status_effective_on"`);
    await queryRunner.query(`DROP TABLE "dormitory_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_residence_checks_assignment_id"`);
    await queryRunner.query(`DROP TABLE "residence_checks"`);
    await queryRunner.query(`DROP TABLE "residence_check_campaigns"`);
    await queryRunner.query(`DROP INDEX "public"."ix_residence_bookings_dormitory_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_residence_bookings_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_residence_bookings_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_residence_bookings_requested_by_user_id"`);
    await queryRunner.query(`DROP TABLE "residence_bookings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_patrol_findings_patrol_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_patrol_findings_repair_requested_at"`);
    await queryRunner.query(`DROP TABLE "dormitory_patrol_findings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_patrols_dormitory_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_patrols_patrolled_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_patrols_inspector_user_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_patrols"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_assignments_unit_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_assignments_occupant_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_assignments_occupant_agency_id"`);
    await queryRunner.query(`DROP TABLE "dormitory_assignments"`);
    await queryRunner.query(`DROP TABLE "dormitory_units"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitories_agency_id"`);
    await queryRunner.query(`DROP TABLE "dormitories"`);
  }
}
