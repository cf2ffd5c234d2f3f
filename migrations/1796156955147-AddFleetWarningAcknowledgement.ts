import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFleetWarningAcknowledgement1796156955147 implements MigrationInterface {
  name = 'AddFleetWarningAcknowledgement1796156955147';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_warnings" ADD "acknowledged_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "fleet_warnings" ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_warnings_acknowledged_by_id" ON "fleet_warnings"  ("acknowledged_by_id") `);
    await queryRunner.query(`ALTER TABLE "fleet_warnings" ADD CONSTRAINT "ck_fleet_warnings_acknowledgement" CHECK ((acknowledged_at IS NULL) = (acknowledged_by_id IS NULL) AND (acknowledged_at IS NULL OR acknowledged))`);
    await queryRunner.query(`ALTER TABLE "fleet_warnings" ADD CONSTRAINT "fk_fleet_warnings_acknowledged_by_id" FOREIGN KEY ("acknowledged_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_warnings" DROP CONSTRAINT "fk_fleet_warnings_acknowledged_by_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_warnings" DROP CONSTRAINT "ck_fleet_warnings_acknowledgement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_warnings_acknowledged_by_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_warnings" DROP COLUMN "acknowledged_at"`);
    await queryRunner.query(`ALTER TABLE "fleet_warnings" DROP COLUMN "acknowledged_by_id"`);
  }
}
