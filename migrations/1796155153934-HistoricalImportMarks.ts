import { MigrationInterface, QueryRunner } from 'typeorm';

export class HistoricalImportMarks1796155153934 implements MigrationInterface {
  name = 'HistoricalImportMarks1796155153934';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_trips" DROP CONSTRAINT "ck_fleet_trips_checked"`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD "imported_requester_name" text`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" ADD CONSTRAINT "ck_fleet_trips_checked_in" CHECK (state <> 'completed' OR imported_at IS NOT NULL OR (checked_in_at IS NOT NULL AND odometer_in_km IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD CONSTRAINT "ck_fleet_bookings_imported_requester" CHECK (imported_requester_name IS NULL OR imported_at IS NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP CONSTRAINT "ck_fleet_bookings_imported_requester"`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" DROP CONSTRAINT "ck_fleet_trips_checked_in"`);
    await queryRunner.query(`ALTER TABLE "venue_bookings" DROP COLUMN "imported_at"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP COLUMN "imported_requester_name"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP COLUMN "imported_at"`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" DROP COLUMN "imported_at"`);
    await queryRunner.query(`ALTER TABLE "fleet_trips" ADD CONSTRAINT "ck_fleet_trips_checked" CHECK (((state <> 'completed'::text) OR ((checked_in_at IS NOT NULL) AND (odometer_in_km IS NOT NULL))))`);
  }
}
