import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDriverUnavailabilities1796154664434 implements MigrationInterface {
  name = 'AddDriverUnavailabilities1796154664434';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "ck_fleet_occupancies_one_holder"`);
    await queryRunner.query(`CREATE TABLE "fleet_driver_unavailabilities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "driver_id" uuid NOT NULL, "kind" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_fleet_driver_unavailabilities_reason" CHECK (length(btrim(reason)) BETWEEN 1 AND 500), CONSTRAINT "ck_fleet_driver_unavailabilities_window" CHECK (ends_at > starts_at), CONSTRAINT "ck_fleet_driver_unavailabilities_kind" CHECK (kind IN ('leave', 'sick_leave', 'training', 'official_duty', 'other')), CONSTRAINT "pk_fleet_driver_unavailabilities" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_driver_unavailabilities_driver_id" ON "fleet_driver_unavailabilities"  ("driver_id", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD "driver_unavailability_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_fleet_occupancies_driver_unavailability_id" ON "fleet_occupancies"  ("driver_unavailability_id") `);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "ck_fleet_occupancies_driver_leave" CHECK (driver_unavailability_id IS NULL OR driver_id IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "ck_fleet_occupancies_single_holder" CHECK (num_nonnulls(trip_id, unavailability_id, driver_unavailability_id) = 1)`);
    await queryRunner.query(`ALTER TABLE "fleet_driver_unavailabilities" ADD CONSTRAINT "fk_fleet_driver_unavailabilities_driver_id" FOREIGN KEY ("driver_id") REFERENCES "fleet_drivers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "fk_fleet_occupancies_driver_unavailability_id" FOREIGN KEY ("driver_unavailability_id") REFERENCES "fleet_driver_unavailabilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "fk_fleet_occupancies_driver_unavailability_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_driver_unavailabilities" DROP CONSTRAINT "fk_fleet_driver_unavailabilities_driver_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "ck_fleet_occupancies_single_holder"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP CONSTRAINT "ck_fleet_occupancies_driver_leave"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_occupancies_driver_unavailability_id"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" DROP COLUMN "driver_unavailability_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fleet_driver_unavailabilities_driver_id"`);
    await queryRunner.query(`DROP TABLE "fleet_driver_unavailabilities"`);
    await queryRunner.query(`ALTER TABLE "fleet_occupancies" ADD CONSTRAINT "ck_fleet_occupancies_one_holder" CHECK ((num_nonnulls(trip_id, unavailability_id) = 1))`);
  }
}
