import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlateFormatsAndVehicleTypes1796127339879 implements MigrationInterface {
  name = 'PlateFormatsAndVehicleTypes1796127339879';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "ck_parking_permits_plate"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "ck_parking_permits_vehicle_type"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "ck_parking_permits_plate_shape" CHECK (plate ~ '^[A-Z0-9]+-[A-Z0-9]+$')`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "ck_parking_permits_vehicle_types" CHECK (vehicle_type IN ('car', 'motorcycle', 'large', 'trailer'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "ck_parking_permits_vehicle_types"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP CONSTRAINT "ck_parking_permits_plate_shape"`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "ck_parking_permits_vehicle_type" CHECK ((vehicle_type = ANY (ARRAY['car'::text, 'motorcycle'::text])))`);
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD CONSTRAINT "ck_parking_permits_plate" CHECK ((plate ~ '^([A-Z]+-[0-9]+|[0-9]+-[A-Z]+)$'::text))`);
  }
}
