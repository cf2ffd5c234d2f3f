import { MigrationInterface, QueryRunner } from 'typeorm';

export class Parking1795365146594 implements MigrationInterface {
  name = 'Parking1795365146594';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "parking_lots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "daily_capacity" integer NOT NULL, "opens_at" TIME NOT NULL, "closes_at" TIME NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_parking_lots_code" UNIQUE ("code"), CONSTRAINT "ck_parking_lots_hours" CHECK (closes_at > opens_at), CONSTRAINT "ck_parking_lots_daily_capacity" CHECK (daily_capacity >= 0), CONSTRAINT "ck_parking_lots_code" CHECK (code ~ '^[A-Z]{2,4}$'), CONSTRAINT "pk_parking_lots" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "parking_lot_days" ("lot_id" uuid NOT NULL, "day" date NOT NULL, "capacity" integer NOT NULL, "issued" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_parking_lot_days_within_capacity" CHECK (issued >= 0 AND issued <= capacity), CONSTRAINT "pk_parking_lot_days" PRIMARY KEY ("lot_id", "day"))`);
    await queryRunner.query(`CREATE TABLE "parking_lot_officers" ("lot_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_parking_lot_officers" PRIMARY KEY ("lot_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_parking_lot_officers_user_id" ON "parking_lot_officers"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "parking_permits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lot_id" uuid NOT NULL, "roc_year" integer NOT NULL, "serial_number" integer NOT NULL, "serial" text NOT NULL, "plate" text NOT NULL, "vehicle_type" text NOT NULL, "visitor_name" text, "visitor_phone" text, "agency_visited_id" uuid NOT NULL, "purpose" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "status" text NOT NULL DEFAULT 'active', "issued_by_user_id" uuid NOT NULL, "issued_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" text, "anonymised_at" TIMESTAMP WITH TIME ZONE, "verification_token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_parking_permits_verification_token" UNIQUE ("verification_token"), CONSTRAINT "uq_parking_permits_serial" UNIQUE ("serial"), CONSTRAINT "uq_parking_permits_lot_id_roc_year_serial_number" UNIQUE ("lot_id", "roc_year", "serial_number"), CONSTRAINT "ck_parking_permits_revocation" CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL)), CONSTRAINT "ck_parking_permits_plate" CHECK (plate ~ '^([A-Z]+-[0-9]+|[0-9]+-[A-Z]+)$'), CONSTRAINT "ck_parking_permits_serial_number" CHECK (serial_number > 0), CONSTRAINT "ck_parking_permits_window" CHECK (valid_to >= valid_from), CONSTRAINT "ck_parking_permits_vehicle_type" CHECK (vehicle_type IN ('car', 'motorcycle')), CONSTRAINT "ck_parking_permits_status" CHECK (status IN ('active', 'revoked', 'expired')), CONSTRAINT "ex_parking_permits_active_plate_overlap" EXCLUDE USING gist (lot_id WITH =, plate WITH =, daterange(valid_from, valid_to, '[]') WITH &&) WHERE (status = 'active'), CONSTRAINT "pk_parking_permits" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_parking_permits_status_valid_to" ON "parking_permits"  ("status", "valid_to") `);
    await queryRunner.query(`CREATE INDEX "ix_parking_permits_issued_by_user_id" ON "parking_permits"  ("issued_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_parking_permits_agency_visited_id" ON "parking_permits"  ("agency_visited_id") `);
    await queryRunner.query(`CREATE INDEX "ix_parking_permits_plate" ON "parking_permits"  ("plate") `);
    await queryRunner.query(`CREATE INDEX "ix_parking_permits_lot_id_issued_at" ON "parking_permits"  ("lot_id", "issued_at") `);
    await queryRunner.query(`CREATE TABLE "parking_serial_counters" ("lot_id" uuid NOT NULL, "roc_year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "ck_parking_serial_counters_last_number" CHECK (last_number >= 0), CONSTRAINT "pk_parking_serial_counters" PRIMARY KEY ("lot_id", "roc_year"))`);
    await queryRunner.query(`CREATE TABLE "parking_throttle_windows" ("key" text NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "ck_parking_throttle_windows_hits" CHECK (hits > 0), CONSTRAINT "pk_parking_throttle_windows" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "ix_parking_throttle_windows_window_started_at" ON "parking_throttle_windows"  ("window_started_at") `);
    await queryRunner.query(`ALTER TABLE "parking_lot_days" ADD CONSTRAINT "fk_parking_lot_days_lot" FOREIGN KEY ("lot_id") REFERENCES "parking_lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parking_lot_officers" ADD CONSTRAINT "fk_parking_lot_officers_lot" FOREIGN KEY ("lot_id") REFERENCES "parking_lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parking_lot_officers" ADD CONSTRAINT "fk_parking_lot_officers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "fk_parking_permits_lot" FOREIGN KEY ("lot_id") REFERENCES "parking_lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "fk_parking_permits_agency_visited" FOREIGN KEY ("agency_visited_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "fk_parking_permits_issued_by_user" FOREIGN KEY ("issued_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "parking_serial_counters" ADD CONSTRAINT "fk_parking_serial_counters_lot" FOREIGN KEY ("lot_id") REFERENCES "parking_lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parking_serial_counters" DROP CONSTRAINT "fk_parking_serial_counters_lot"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "fk_parking_permits_issued_by_user"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "fk_parking_permits_agency_visited"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "fk_parking_permits_lot"`);
    await queryRunner.query(`ALTER TABLE "parking_lot_officers" DROP CONSTRAINT "fk_parking_lot_officers_user"`);
    await queryRunner.query(`ALTER TABLE "parking_lot_officers" DROP CONSTRAINT "fk_parking_lot_officers_lot"`);
    await queryRunner.query(`ALTER TABLE "parking_lot_days" DROP CONSTRAINT "fk_parking_lot_days_lot"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_throttle_windows_window_started_at"`);
    await queryRunner.query(`DROP TABLE "parking_throttle_windows"`);
    await queryRunner.query(`DROP TABLE "parking_serial_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_permits_lot_id_issued_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_permits_plate"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_permits_agency_visited_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_permits_issued_by_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_permits_status_valid_to"`);
    await queryRunner.query(`DROP TABLE "parking_permits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_parking_lot_officers_user_id"`);
    await queryRunner.query(`DROP TABLE "parking_lot_officers"`);
    await queryRunner.query(`DROP TABLE "parking_lot_days"`);
    await queryRunner.query(`DROP TABLE "parking_lots"`);
  }
}
