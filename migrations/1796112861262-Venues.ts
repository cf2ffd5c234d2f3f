import { MigrationInterface, QueryRunner } from 'typeorm';

export class Venues1796112861262 implements MigrationInterface {
  name = 'Venues1796112861262';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM does not compare CHECK expressions, so the new role venue_manager is added to the users' CHECK by hand.
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_roles_known"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_roles_known" CHECK (roles <@ ARRAY['requester', 'agency_admin', 'maintenance_coordinator', 'technician', 'dispatcher', 'driver', 'parking_officer', 'dormitory_manager', 'property_officer', 'report_viewer', 'venue_manager', 'admin']::text[] AND cardinality(roles) > 0)`);
    await queryRunner.query(`CREATE TABLE "venue_spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "location_id" uuid NOT NULL, "site_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "capacity" integer NOT NULL, "equipment" jsonb NOT NULL DEFAULT '[]', "opens_at" text NOT NULL, "closes_at" text NOT NULL, "open_on_non_working_days" boolean NOT NULL DEFAULT false, "needs_approval" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "notes" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_venue_spaces_location_id" UNIQUE ("location_id"), CONSTRAINT "uq_venue_spaces_code" UNIQUE ("code"), CONSTRAINT "ck_venue_spaces_equipment" CHECK (jsonb_typeof(equipment) = 'array'), CONSTRAINT "ck_venue_spaces_hours" CHECK (opens_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND closes_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND opens_at < closes_at), CONSTRAINT "ck_venue_spaces_capacity" CHECK (capacity BETWEEN 1 AND 100000), CONSTRAINT "ck_venue_spaces_kind" CHECK (kind IN ('meeting_room', 'multimedia_room', 'auditorium', 'atrium', 'plaza')), CONSTRAINT "pk_venue_spaces" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_venue_spaces_site_id_kind" ON "venue_spaces"  ("site_id", "kind") `);
    await queryRunner.query(`CREATE TABLE "venue_booking_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "title" text NOT NULL, "frequency" text NOT NULL, "interval" integer NOT NULL, "until_date" date NOT NULL, "on_clash" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_venue_booking_series_interval" CHECK ("interval" BETWEEN 1 AND 12), CONSTRAINT "ck_venue_booking_series_on_clash" CHECK (on_clash IN ('fail', 'skip')), CONSTRAINT "ck_venue_booking_series_frequency" CHECK (frequency IN ('daily', 'weekly')), CONSTRAINT "pk_venue_booking_series" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_venue_booking_series_requester_id" ON "venue_booking_series"  ("requester_id") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_booking_series_agency_id" ON "venue_booking_series"  ("agency_id") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_booking_series_space_id" ON "venue_booking_series"  ("space_id") `);
    await queryRunner.query(`CREATE TABLE "venue_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "contact_name" text NOT NULL, "contact_phone" text NOT NULL, "title" text NOT NULL, "event_kind" text NOT NULL, "attendees" integer NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "setup_minutes" integer NOT NULL DEFAULT '0', "cleanup_minutes" integer NOT NULL DEFAULT '0', "equipment" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL DEFAULT 'requested', "reason" text, "series_id" uuid, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "checked_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_venue_bookings_checked_in" CHECK (status <> 'checked_in' OR checked_in_at IS NOT NULL), CONSTRAINT "ck_venue_bookings_reason" CHECK (status NOT IN ('rejected', 'cancelled') OR length(btrim(reason)) > 0), CONSTRAINT "ck_venue_bookings_equipment" CHECK (jsonb_typeof(equipment) = 'array'), CONSTRAINT "ck_venue_bookings_buffers" CHECK (setup_minutes BETWEEN 0 AND 480 AND cleanup_minutes BETWEEN 0 AND 480), CONSTRAINT "ck_venue_bookings_attendees" CHECK (attendees BETWEEN 1 AND 100000), CONSTRAINT "ck_venue_bookings_window" CHECK (ends_at > starts_at), CONSTRAINT "ck_venue_bookings_event_kind" CHECK (event_kind IN ('meeting', 'training', 'lecture', 'publicity', 'exhibition', 'performance', 'ceremony', 'other')), CONSTRAINT "ck_venue_bookings_status" CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled', 'checked_in', 'no_show')), CONSTRAINT "pk_venue_bookings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_decided_by_id" ON "venue_bookings"  ("decided_by_id") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_series_id" ON "venue_bookings"  ("series_id") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_requester_id" ON "venue_bookings"  ("requester_id") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_requested" ON "venue_bookings"  ("starts_at", "id") WHERE status = 'requested'`);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_starts_at_id" ON "venue_bookings"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_agency_id_starts_at" ON "venue_bookings"  ("agency_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_venue_bookings_space_id_starts_at" ON "venue_bookings"  ("space_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "venue_occupancies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "space_id" uuid NOT NULL, "occupied" tstzrange NOT NULL, CONSTRAINT "uq_venue_occupancies_booking_id_space_id" UNIQUE ("booking_id", "space_id"), CONSTRAINT "ck_venue_occupancies_half_open" CHECK (NOT isempty(occupied) AND lower_inc(occupied) AND NOT upper_inc(occupied) AND NOT lower_inf(occupied) AND NOT upper_inf(occupied)), CONSTRAINT "ex_venue_occupancies_space" EXCLUDE USING gist ("space_id" WITH =, "occupied" WITH &&), CONSTRAINT "pk_venue_occupancies" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_venue_occupancies_space_id" ON "venue_occupancies"  ("space_id") `);
    await queryRunner.query(`CREATE TABLE "venue_space_links" ("ancestor_id" uuid NOT NULL, "descendant_id" uuid NOT NULL, CONSTRAINT "pk_venue_space_links" PRIMARY KEY ("ancestor_id", "descendant_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_venue_space_links_descendant_id" ON "venue_space_links"  ("descendant_id") `);
    await queryRunner.query(`CREATE TABLE "venue_space_parts" ("whole_id" uuid NOT NULL, "part_id" uuid NOT NULL, CONSTRAINT "ck_venue_space_parts_distinct" CHECK (whole_id <> part_id), CONSTRAINT "pk_venue_space_parts" PRIMARY KEY ("whole_id", "part_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_venue_space_parts_part_id" ON "venue_space_parts"  ("part_id") `);
    await queryRunner.query(`ALTER TABLE "venue_spaces" ADD CONSTRAINT "fk_venue_spaces_location_id" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_spaces" ADD CONSTRAINT "fk_venue_spaces_site_id" FOREIGN KEY ("site_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_booking_series" ADD CONSTRAINT "fk_venue_booking_series_space_id" FOREIGN KEY ("space_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_booking_series" ADD CONSTRAINT "fk_venue_booking_series_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_booking_series" ADD CONSTRAINT "fk_venue_booking_series_requester_id" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" ADD CONSTRAINT "fk_venue_bookings_space_id" FOREIGN KEY ("space_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" ADD CONSTRAINT "fk_venue_bookings_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" ADD CONSTRAINT "fk_venue_bookings_requester_id" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" ADD CONSTRAINT "fk_venue_bookings_series_id" FOREIGN KEY ("series_id") REFERENCES "venue_booking_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" ADD CONSTRAINT "fk_venue_bookings_decided_by_id" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_occupancies" ADD CONSTRAINT "fk_venue_occupancies_booking_id" FOREIGN KEY ("booking_id") REFERENCES "venue_bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_occupancies" ADD CONSTRAINT "fk_venue_occupancies_space_id" FOREIGN KEY ("space_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_space_links" ADD CONSTRAINT "fk_venue_space_links_ancestor_id" FOREIGN KEY ("ancestor_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_space_links" ADD CONSTRAINT "fk_venue_space_links_descendant_id" FOREIGN KEY ("descendant_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_space_parts" ADD CONSTRAINT "fk_venue_space_parts_whole_id" FOREIGN KEY ("whole_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venue_space_parts" ADD CONSTRAINT "fk_venue_space_parts_part_id" FOREIGN KEY ("part_id") REFERENCES "venue_spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "ck_users_roles_known"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "ck_users_roles_known" CHECK (roles <@ ARRAY['requester', 'agency_admin', 'maintenance_coordinator', 'technician', 'dispatcher', 'driver', 'parking_officer', 'dormitory_manager', 'property_officer', 'report_viewer', 'admin']::text[] AND cardinality(roles) > 0)`);
    await queryRunner.query(`ALTER TABLE "venue_space_parts" DROP CONSTRAINT "fk_venue_space_parts_part_id"`);
    await queryRunner.query(`ALTER TABLE "venue_space_parts" DROP CONSTRAINT "fk_venue_space_parts_whole_id"`);
    await queryRunner.query(`ALTER TABLE "venue_space_links" DROP CONSTRAINT "fk_venue_space_links_descendant_id"`);
    await queryRunner.query(`ALTER TABLE "venue_space_links" DROP CONSTRAINT "fk_venue_space_links_ancestor_id"`);
    await queryRunner.query(`ALTER TABLE "venue_occupancies" DROP CONSTRAINT "fk_venue_occupancies_space_id"`);
    await queryRunner.query(`ALTER TABLE "venue_occupancies" DROP CONSTRAINT "fk_venue_occupancies_booking_id"`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" DROP CONSTRAINT "fk_venue_bookings_decided_by_id"`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" DROP CONSTRAINT "fk_venue_bookings_series_id"`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" DROP CONSTRAINT "fk_venue_bookings_requester_id"`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" DROP CONSTRAINT "fk_venue_bookings_agency_id"`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" DROP CONSTRAINT "fk_venue_bookings_space_id"`);
    await queryRunner.query(`ALTER TABLE "venue_booking_series" DROP CONSTRAINT "fk_venue_booking_series_requester_id"`);
    await queryRunner.query(`ALTER TABLE "venue_booking_series" DROP CONSTRAINT "fk_venue_booking_series_agency_id"`);
    await queryRunner.query(`ALTER TABLE "venue_booking_series" DROP CONSTRAINT "fk_venue_booking_series_space_id"`);
    await queryRunner.query(`ALTER TABLE "venue_spaces" DROP CONSTRAINT "fk_venue_spaces_site_id"`);
    await queryRunner.query(`ALTER TABLE "venue_spaces" DROP CONSTRAINT "fk_venue_spaces_location_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_space_parts_part_id"`);
    await queryRunner.query(`DROP TABLE "venue_space_parts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_space_links_descendant_id"`);
    await queryRunner.query(`DROP TABLE "venue_space_links"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_occupancies_space_id"`);
    await queryRunner.query(`DROP TABLE "venue_occupancies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_space_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_agency_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_starts_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_requested"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_requester_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_series_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_bookings_decided_by_id"`);
    await queryRunner.query(`DROP TABLE "venue_bookings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_booking_series_space_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_booking_series_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_booking_series_requester_id"`);
    await queryRunner.query(`DROP TABLE "venue_booking_series"`);
    await queryRunner.query(`DROP INDEX "public"."ix_venue_spaces_site_id_kind"`);
    await queryRunner.query(`DROP TABLE "venue_spaces"`);
  }
}
