import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stocktake marks an asset it could not find `missing` (盤虧); a missing asset may be written
 * off by scrapping. TypeORM compares CHECKs by name only, so the new expressions are written here.
 */
export class AssetMissingStatus1796128586914 implements MigrationInterface {
  name = 'AssetMissingStatus1796128586914';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_status"`);
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_status" CHECK (status IN ('in_use', 'idle', 'missing', 'transferred', 'donated', 'sold', 'scrapped'))`,
    );
    await queryRunner.query(`ALTER TABLE "asset_movements" DROP CONSTRAINT "ck_asset_movements_from_status"`);
    await queryRunner.query(
      `ALTER TABLE "asset_movements" ADD CONSTRAINT "ck_asset_movements_from_status" CHECK (from_status = 'idle' OR (from_status IN ('in_use', 'missing') AND kind = 'scrap'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_movements" DROP CONSTRAINT "ck_asset_movements_from_status"`);
    await queryRunner.query(
      `ALTER TABLE "asset_movements" ADD CONSTRAINT "ck_asset_movements_from_status" CHECK (from_status = 'idle' OR (from_status = 'in_use' AND kind = 'scrap'))`,
    );
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_status"`);
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_status" CHECK (status IN ('in_use', 'idle', 'transferred', 'donated', 'sold', 'scrapped'))`,
    );
  }
}
