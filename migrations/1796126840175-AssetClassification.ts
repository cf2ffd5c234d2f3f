import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssetClassification1796126840175 implements MigrationInterface {
  name = 'AssetClassification1796126840175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assets" ADD "item_class" text`);
    // TypeORM compares CHECKs by name only: the class-aware rules replace the old ones by hand.
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_kind"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_category_code"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_property_number"`);
    await queryRunner.query(
      `UPDATE "assets" SET kind = CASE WHEN left(category_code, 1) IN ('1', '2') OR (acquisition_cost >= 10000 AND minimum_service_life_years >= 2) THEN 'property' ELSE 'item' END`,
    );
    await queryRunner.query(
      `UPDATE "assets" SET item_class = CASE WHEN kind = 'property' THEN NULL WHEN minimum_service_life_years >= 2 THEN 'non_consumable' ELSE 'consumable' END`,
    );
    await queryRunner.query(`ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_item_class_rule" CHECK (item_class IS NOT DISTINCT FROM (CASE WHEN kind = 'property' THEN NULL WHEN minimum_service_life_years >= 2 THEN 'non_consumable' ELSE 'consumable' END))`);
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_kind" CHECK (kind IN ('property', 'item') AND (kind = 'property') = (left(category_code, 1) IN ('1', '2') OR (acquisition_cost >= 10000 AND minimum_service_life_years >= 2)))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_category_code" CHECK (category_code ~ '^[0-9]{7}-[0-9]{2}[A-Z]?$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_property_number" CHECK (property_number ~ ('^' || category_code || '-[0-9]{5,6}$'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_property_number"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_category_code"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_kind"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "ck_assets_item_class_rule"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP COLUMN "item_class"`);
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_kind" CHECK (kind IN ('property', 'item') AND (kind = 'property') = (acquisition_cost >= 10000 AND minimum_service_life_years >= 2))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_category_code" CHECK (category_code ~ '^[0-9]{7}-[0-9]{2}$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "assets" ADD CONSTRAINT "ck_assets_property_number" CHECK (property_number ~ '^[0-9]{7}-[0-9]{2}-[0-9]{6}$' AND left(property_number, 10) = category_code)`,
    );
  }
}
