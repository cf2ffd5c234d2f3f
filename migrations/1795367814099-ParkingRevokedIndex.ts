import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkingRevokedIndex1795367814099 implements MigrationInterface {
  name = 'ParkingRevokedIndex1795367814099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_parking_permits_revoked_at" ON "parking_permits"  ("revoked_at") WHERE revoked_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_parking_permits_revoked_at"`);
  }
}
