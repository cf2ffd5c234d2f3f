import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedParkingPermits1796155047911 implements MigrationInterface {
  name = 'ImportedParkingPermits1796155047911';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parking_permits" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "parking_permits" DROP COLUMN "imported_at"`);
  }
}
