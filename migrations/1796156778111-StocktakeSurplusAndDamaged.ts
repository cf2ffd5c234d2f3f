import { MigrationInterface, QueryRunner } from 'typeorm';

export class StocktakeSurplusAndDamaged1796156778111 implements MigrationInterface {
  name = 'StocktakeSurplusAndDamaged1796156778111';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The generator misses a changed CHECK expression under the same name: the result list gains 'damaged'.
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "ck_asset_stocktake_lines_result"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "ck_asset_stocktake_lines_result" CHECK (result IS NULL OR result IN ('found', 'missing', 'moved', 'damaged'))`);
    await queryRunner.query(`CREATE TABLE "asset_stocktake_surpluses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "stocktake_id" uuid NOT NULL, "name" text NOT NULL, "found_location_id" uuid NOT NULL, "found_custodian_name" text, "label_text" text, "note" text, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "registered_asset_id" uuid, CONSTRAINT "uq_asset_stocktake_surpluses_registered_asset_id" UNIQUE ("registered_asset_id"), CONSTRAINT "ck_asset_stocktake_surpluses_name" CHECK (btrim(name) <> ''), CONSTRAINT "pk_asset_stocktake_surpluses" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktake_surpluses_recorded_by" ON "asset_stocktake_surpluses"  ("recorded_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktake_surpluses_found_location_id" ON "asset_stocktake_surpluses"  ("found_location_id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktake_surpluses_stocktake_id" ON "asset_stocktake_surpluses"  ("stocktake_id", "recorded_at") `);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "ck_asset_stocktake_lines_damaged" CHECK (result IS DISTINCT FROM 'damaged' OR (note IS NOT NULL AND btrim(note) <> ''))`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" ADD CONSTRAINT "fk_asset_stocktake_surpluses_stocktake_id" FOREIGN KEY ("stocktake_id") REFERENCES "asset_stocktakes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" ADD CONSTRAINT "fk_asset_stocktake_surpluses_found_location_id" FOREIGN KEY ("found_location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" ADD CONSTRAINT "fk_asset_stocktake_surpluses_recorded_by_user_id" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" ADD CONSTRAINT "fk_asset_stocktake_surpluses_registered_asset_id" FOREIGN KEY ("registered_asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" DROP CONSTRAINT "fk_asset_stocktake_surpluses_registered_asset_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" DROP CONSTRAINT "fk_asset_stocktake_surpluses_recorded_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" DROP CONSTRAINT "fk_asset_stocktake_surpluses_found_location_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_surpluses" DROP CONSTRAINT "fk_asset_stocktake_surpluses_stocktake_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "ck_asset_stocktake_lines_damaged"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktake_surpluses_stocktake_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktake_surpluses_found_location_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktake_surpluses_recorded_by"`);
    await queryRunner.query(`DROP TABLE "asset_stocktake_surpluses"`);
    // The generator misses a changed CHECK expression under the same name: the result list gains 'damaged'.
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "ck_asset_stocktake_lines_result"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "ck_asset_stocktake_lines_result" CHECK (result IS NULL OR result IN ('found', 'missing', 'moved'))`);
  }
}
