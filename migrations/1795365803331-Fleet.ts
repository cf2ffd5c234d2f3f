import { MigrationInterface, QueryRunner } from 'typeorm';

export class Fleet1795365803331 implements MigrationInterface {
  name = 'Fleet1795365803331';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "fleet_drivers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "display_name" text NOT NULL, "licence_class" text NOT NULL, "licence_expires_on" date NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_fleet_drivers_licence_class" CHECK (licence_class IN ('light_vehicle', 'professional_light_vehicle', 'heavy_vehicle', 'professional_heavy_vehicle', 'motorcycle')), CONSTRAINT "pk_fleet_drivers" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fleet_drivers_user_id" ON "fleet_drivers"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "fleet_vehicles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plate" text NOT NULL, "vehicle_class" text NOT NULL, "model" text, "seats" integer NOT NULL, "agency_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'active', "odometer_km" integer NOT NULL DEFAULT '0', "insurance_expires_on" date NOT NULL, "inspection_due_on" date NOT NULL, "service_interval_km" integer, "service_interval_months" integer, "last_service_on" date, "last_service_odometer_km" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_fleet_vehicles_plate_form" CHECK (plate ~ '^[A-Z0-9]+-[A-Z0-9]+$'), CONSTRAINT "ck_fleet_vehicles_odometer" CHECK (odometer_km >= 0), CONSTRAINT "ck_fleet_vehicles_seats" CHECK (seats BETWEEN 1 AND 60), CONSTRAINT "ck_fleet_vehicles_status" CHECK (status IN ('active', 'maintenance', 'retired')), CONSTRAINT "ck_fleet_vehicles_class" CHECK (vehicle_class IN ('motorcycle', 'electric', 'sedan', 'suv', 'van', 'vip_van')), CONSTRAINT "pk_fleet_vehicles" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_vehicles_agency_id" ON "fleet_vehicles"  ("agency_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fleet_vehicles_plate" ON "fleet_vehicles"  ("plate") `);
    await queryRunner.query(`CREATE TABLE "fleet_trips" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vehicle_id" uuid NOT NULL, "driver_id" uuid, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "turnaround_minutes" integer NOT NULL, "state" text NOT NULL DEFAULT 'planned', "checked_out_at" TIMESTAMP WITH TIME ZONE, "odometer_out_km" integer, "fuel_out_percent" integer, "notes_out" text, "checked_in_at" TIMESTAMP WITH TIME ZONE, "odometer_in_km" integer, "fuel_in_percent" integer, "notes_in" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_fleet_trips_checked" CHECK (state <> 'completed' OR (checked_in_at IS NOT NULL AND odometer_in_km IS NOT NULL)), CONSTRAINT "ck_fleet_trips_fuel" CHECK (fuel_out_percent BETWEEN 0 AND 100 AND fuel_in_percent BETWEEN 0 AND 100), CONSTRAINT "ck_fleet_trips_odometer" CHECK (odometer_in_km IS NULL OR odometer_in_km >= odometer_out_km), CONSTRAINT "ck_fleet_trips_turnaround" CHECK (turnaround_minutes BETWEEN 0 AND 1440), CONSTRAINT "ck_fleet_trips_window" CHECK (ends_at > starts_at), CONSTRAINT "ck_fleet_trips_state" CHECK (state IN ('planned', 'in_trip', 'completed', 'released')), CONSTRAINT "pk_fleet_trips" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_trips_starts_at" ON "fleet_trips"  ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_trips_driver_id" ON "fleet_trips"  ("driver_id") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_trips_vehicle_id_starts_at" ON "fleet_trips"  ("vehicle_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "fleet_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "entered_by_id" uuid NOT NULL, "channel" text NOT NULL, "purpose" text NOT NULL, "origin" text NOT NULL, "stops" text array NOT NULL DEFAULT '{}', "destination" text NOT NULL, "passengers" integer NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "needs_driver" boolean NOT NULL, "wanted_class" text, "loan" boolean NOT NULL DEFAULT false, "contact_phone" text NOT NULL, "state" text NOT NULL DEFAULT 'requested', "reason" text, "trip_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_fleet_bookings_trip" CHECK (state NOT IN ('approved', 'in_trip', 'completed') OR trip_id IS NOT NULL), CONSTRAINT "ck_fleet_bookings_reason" CHECK (state NOT IN ('rejected', 'cancelled') OR length(btrim(reason)) > 0), CONSTRAINT "ck_fleet_bookings_passengers" CHECK (passengers BETWEEN 1 AND 60), CONSTRAINT "ck_fleet_bookings_window" CHECK (ends_at > starts_at), CONSTRAINT "ck_fleet_bookings_wanted_class" CHECK (wanted_class IS NULL OR wanted_class IN ('motorcycle', 'electric', 'sedan', 'suv', 'van', 'vip_van')), CONSTRAINT "ck_fleet_bookings_channel" CHECK (channel IN ('online', 'paper')), CONSTRAINT "ck_fleet_bookings_state" CHECK (state IN ('requested', 'approved', 'in_trip', 'completed', 'rejected', 'cancelled', 'no_show')), CONSTRAINT "pk_fleet_bookings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_bookings_trip_id" ON "fleet_bookings"  ("trip_id") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_bookings_entered_by_id" ON "fleet_bookings"  ("entered_by_id") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_bookings_requester_id" ON "fleet_bookings"  ("requester_id") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_bookings_starts_at" ON "fleet_bookings"  ("starts_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_bookings_agency_id_starts_at" ON "fleet_bookings"  ("agency_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "fleet_warnings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "subject_id" uuid NOT NULL, "due_key" text NOT NULL, "message" text NOT NULL, "acknowledged" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_fleet_warnings_kind_subject_due" UNIQUE ("kind", "subject_id", "due_key"), CONSTRAINT "ck_fleet_warnings_kind" CHECK (kind IN ('insurance', 'inspection', 'service_date', 'service_distance', 'licence')), CONSTRAINT "pk_fleet_warnings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_warnings_created_at" ON "fleet_warnings"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "fleet_unavailabilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vehicle_id" uuid NOT NULL, "kind" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_fleet_unavailabilities_window" CHECK (ends_at > starts_at), CONSTRAINT "ck_fleet_unavailabilities_kind" CHECK (kind IN ('maintenance', 'inspection', 'repair')), CONSTRAINT "pk_fleet_unavailabilities" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_unavailabilities_vehicle_id" ON "fleet_unavailabilities"  ("vehicle_id") `);
    await queryRunner.query(`CREATE TABLE "fleet_occupancies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vehicle_id" uuid, "driver_id" uuid, "trip_id" uuid, "unavailability_id" uuid, "during" tstzrange NOT NULL, "turnaround_minutes" integer NOT NULL, "occupied" tstzrange NOT NULL, CONSTRAINT "ck_fleet_occupancies_occupied" CHECK (occupied = tstzrange(lower(during), upper(during) + make_interval(mins => turnaround_minutes), '[)')), CONSTRAINT "ck_fleet_occupancies_turnaround" CHECK (turnaround_minutes BETWEEN 0 AND 1440), CONSTRAINT "ck_fleet_occupancies_half_open" CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)), CONSTRAINT "ck_fleet_occupancies_one_holder" CHECK (num_nonnulls(trip_id, unavailability_id) = 1), CONSTRAINT "ck_fleet_occupancies_one_resource" CHECK (num_nonnulls(vehicle_id, driver_id) = 1), CONSTRAINT "ex_fleet_occupancies_driver" EXCLUDE USING gist ("driver_id" WITH =, "occupied" WITH &&), CONSTRAINT "ex_fleet_occupancies_vehicle" EXCLUDE USING gist ("vehicle_id" WITH =, "occupied" WITH &&), CONSTRAINT "pk_fleet_occupancies" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_occupancies_unavailability_id" ON "fleet_occupancies"  ("unavailability_id") `);
    await queryRunner.query(`CREATE INDEX "ix_fleet_occupancies_trip_id" ON "fleet_occupancies"  ("trip_id") `);
    await queryRunner.query(`ALTER TABLE "fleet_drivers" ADD CONSTRAINT "fk_fleet_drivers_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_vehicles" ADD CONSTRAINT "fk_fleet_vehicles_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" ADD CONSTRAINT "fk_fleet_trips_vehicle_id" FOREIGN KEY ("vehicle_id") REFERENCES "fleet_vehicles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" ADD CONSTRAINT "fk_fleet_trips_driver_id" FOREIGN KEY ("driver_id") REFERENCES "fleet_drivers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD CONSTRAINT "fk_fleet_bookings_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD CONSTRAINT "fk_fleet_bookings_requester_id" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD CONSTRAINT "fk_fleet_bookings_entered_by_id" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD CONSTRAINT "fk_fleet_bookings_trip_id" FOREIGN KEY ("trip_id") REFERENCES "fleet_trips"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_unavailabilities" ADD CONSTRAINT "fk_fleet_unavailabilities_vehicle_id" FOREIGN KEY ("vehicle_id") REFERENCES "fleet_vehicles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "fk_fleet_occupancies_vehicle_id" FOREIGN KEY ("vehicle_id") REFERENCES "fleet_vehicles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "fk_fleet_occupancies_driver_id" FOREIGN KEY ("driver_id") REFERENCES "fleet_drivers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "fk_fleet_occupancies_trip_id" FOREIGN KEY ("trip_id") REFERENCES "fleet_trips"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "fk_fleet_occupancies_unavailability_id" FOREIGN KEY ("unavailability_id") REFERENCES "fleet_unavailabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "fk_fleet_occupancies_unavailability_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "fk_fleet_occupancies_trip_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "fk_fleet_occupancies_driver_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "fk_fleet_occupancies_vehicle_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_unavailabilities" DROP CONSTRAINT "fk_fleet_unavailabilities_vehicle_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP CONSTRAINT "fk_fleet_bookings_trip_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP CONSTRAINT "fk_fleet_bookings_entered_by_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP CONSTRAINT "fk_fleet_bookings_requester_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP CONSTRAINT "fk_fleet_bookings_agency_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" DROP CONSTRAINT "fk_fleet_trips_driver_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" DROP CONSTRAINT "fk_fleet_trips_vehicle_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_vehicles" DROP CONSTRAINT "fk_fleet_vehicles_agency_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_drivers" DROP CONSTRAINT "fk_fleet_drivers_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_occupancies_trip_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_occupancies_unavailability_id"`);
    await queryRunner.query(`DROP TABLE "fleet_occupancies"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_unavailabilities_vehicle_id"`);
    await queryRunner.query(`DROP TABLE "fleet_unavailabilities"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_warnings_created_at"`);
    await queryRunner.query(`DROP TABLE "fleet_warnings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_bookings_agency_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_bookings_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_bookings_requester_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_bookings_entered_by_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_bookings_trip_id"`);
    await queryRunner.query(`DROP TABLE "fleet_bookings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_trips_vehicle_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_trips_driver_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_trips_starts_at"`);
    await queryRunner.query(`DROP TABLE "fleet_trips"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fleet_vehicles_plate"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_vehicles_agency_id"`);
    await queryRunner.query(`DROP TABLE "fleet_vehicles"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fleet_drivers_user_id"`);
    await queryRunner.query(`DROP TABLE "fleet_drivers"`);
  }
}
