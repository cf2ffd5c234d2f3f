import { MigrationInterface, QueryRunner } from 'typeorm';

export class Assets1795365234294 implements MigrationInterface {
  name = 'Assets1795365234294';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "property_number" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "category_code" text NOT NULL, "specification" text, "acquisition_date" date NOT NULL, "acquisition_cost" integer NOT NULL, "minimum_service_life_years" smallint NOT NULL, "custodian_agency_id" uuid NOT NULL, "location_id" uuid NOT NULL, "site_id" uuid NOT NULL, "custodian_name" text, "custodian_user_id" uuid, "status" text NOT NULL DEFAULT 'in_use', "disposed_on" date, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_assets_property_number" UNIQUE ("property_number"), CONSTRAINT "ck_assets_custodian" CHECK (custodian_user_id IS NULL OR custodian_name IS NULL), CONSTRAINT "ck_assets_disposed_on" CHECK ((status IN ('transferred', 'donated', 'sold', 'scrapped')) = (disposed_on IS NOT NULL)), CONSTRAINT "ck_assets_status" CHECK (status IN ('in_use', 'idle', 'transferred', 'donated', 'sold', 'scrapped')), CONSTRAINT "ck_assets_minimum_service_life_years" CHECK (minimum_service_life_years BETWEEN 0 AND 100), CONSTRAINT "ck_assets_acquisition_cost" CHECK (acquisition_cost >= 0), CONSTRAINT "ck_assets_kind" CHECK (kind IN ('property', 'item') AND (kind = 'property') = (acquisition_cost >= 10000 AND minimum_service_life_years >= 2)), CONSTRAINT "ck_assets_property_number" CHECK (property_number ~ '^[0-9]{7}-[0-9]{2}-[0-9]{6}$' AND left(property_number, 10) = category_code), CONSTRAINT "ck_assets_category_code" CHECK (category_code ~ '^[0-9]{7}-[0-9]{2}$'), CONSTRAINT "pk_assets" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_assets_acquisition_date" ON "assets"  ("acquisition_date") `);
    await queryRunner.query(`CREATE INDEX "ix_assets_category_code" ON "assets"  ("category_code", "property_number") `);
    await queryRunner.query(`CREATE INDEX "ix_assets_status" ON "assets"  ("status", "property_number") `);
    await queryRunner.query(`CREATE INDEX "ix_assets_custodian_user_id" ON "assets"  ("custodian_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_assets_site_id" ON "assets"  ("site_id") `);
    await queryRunner.query(`CREATE INDEX "ix_assets_location_id" ON "assets"  ("location_id") `);
    await queryRunner.query(`CREATE INDEX "ix_assets_custodian_agency_id" ON "assets"  ("custodian_agency_id", "property_number") `);
    await queryRunner.query(`CREATE TABLE "asset_movements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "kind" text NOT NULL, "from_status" text NOT NULL, "occurred_on" date NOT NULL, "recipient_name" text, "proceeds" integer, "service_life_ends_on" date, "reason" text, "document_number" text, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_asset_movements_asset_id" UNIQUE ("asset_id"), CONSTRAINT "ck_asset_movements_early_scrap_reason" CHECK (kind <> 'scrap' OR (service_life_ends_on IS NOT NULL AND (occurred_on >= service_life_ends_on OR (reason IS NOT NULL AND btrim(reason) <> '')))), CONSTRAINT "ck_asset_movements_proceeds" CHECK ((kind = 'sale') = (proceeds IS NOT NULL) AND (proceeds IS NULL OR proceeds >= 0)), CONSTRAINT "ck_asset_movements_recipient" CHECK (kind NOT IN ('transfer', 'donation') OR (recipient_name IS NOT NULL AND btrim(recipient_name) <> '')), CONSTRAINT "ck_asset_movements_from_status" CHECK (from_status = 'idle' OR (from_status = 'in_use' AND kind = 'scrap')), CONSTRAINT "ck_asset_movements_kind" CHECK (kind IN ('transfer', 'donation', 'sale', 'scrap')), CONSTRAINT "pk_asset_movements" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_asset_movements_recorded_at_id" ON "asset_movements"  ("recorded_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_movements_occurred_on" ON "asset_movements"  ("occurred_on", "kind") `);
    await queryRunner.query(`CREATE TABLE "asset_number_sequences" ("category_code" text NOT NULL, "last_serial" integer NOT NULL, CONSTRAINT "ck_asset_number_sequences_last_serial" CHECK (last_serial BETWEEN 0 AND 999999), CONSTRAINT "pk_asset_number_sequences" PRIMARY KEY ("category_code"))`);
    await queryRunner.query(`CREATE TABLE "asset_stocktakes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "roc_year" smallint NOT NULL, "scope" text NOT NULL, "site_id" uuid, "agency_id" uuid, "status" text NOT NULL DEFAULT 'open', "line_count" integer NOT NULL, "missing_count" integer, "moved_count" integer, "opened_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_asset_stocktakes_roc_year" CHECK (roc_year BETWEEN 1 AND 999), CONSTRAINT "ck_asset_stocktakes_closed" CHECK ((status = 'closed') = (closed_at IS NOT NULL AND missing_count IS NOT NULL AND moved_count IS NOT NULL)), CONSTRAINT "ck_asset_stocktakes_status" CHECK (status IN ('open', 'closed')), CONSTRAINT "ck_asset_stocktakes_scope_target" CHECK ((scope = 'center' AND site_id IS NOT NULL AND agency_id IS NULL) OR (scope = 'agency' AND agency_id IS NOT NULL AND site_id IS NULL)), CONSTRAINT "ck_asset_stocktakes_scope" CHECK (scope IN ('center', 'agency')), CONSTRAINT "pk_asset_stocktakes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktakes_closed_at" ON "asset_stocktakes"  ("closed_at") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktakes_opened_at_id" ON "asset_stocktakes"  ("opened_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_asset_stocktakes_agency_year" ON "asset_stocktakes"  ("agency_id", "roc_year") WHERE agency_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_asset_stocktakes_site_year" ON "asset_stocktakes"  ("site_id", "roc_year") WHERE site_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "asset_stocktake_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "stocktake_id" uuid NOT NULL, "asset_id" uuid NOT NULL, "expected_location_id" uuid NOT NULL, "expected_agency_id" uuid NOT NULL, "expected_custodian_name" text, "expected_custodian_user_id" uuid, "result" text, "found_location_id" uuid, "found_custodian_name" text, "note" text, "recorded_at" TIMESTAMP(3) WITH TIME ZONE, "recorded_by_user_id" uuid, CONSTRAINT "uq_asset_stocktake_lines_stocktake_id_asset_id" UNIQUE ("stocktake_id", "asset_id"), CONSTRAINT "ck_asset_stocktake_lines_moved" CHECK (result IS DISTINCT FROM 'moved' OR found_location_id IS NOT NULL OR found_custodian_name IS NOT NULL), CONSTRAINT "ck_asset_stocktake_lines_recorded" CHECK ((result IS NULL) = (recorded_at IS NULL) AND (result IS NULL) = (recorded_by_user_id IS NULL)), CONSTRAINT "ck_asset_stocktake_lines_result" CHECK (result IS NULL OR result IN ('found', 'missing', 'moved')), CONSTRAINT "pk_asset_stocktake_lines" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktake_lines_expected_location_id" ON "asset_stocktake_lines"  ("expected_location_id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktake_lines_found_location_id" ON "asset_stocktake_lines"  ("found_location_id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_stocktake_lines_asset_id" ON "asset_stocktake_lines"  ("asset_id") `);
    await queryRunner.query(`ALTER TABLE "assets" ADD CONSTRAINT "fk_assets_custodian_agency_id" FOREIGN KEY ("custodian_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assets" ADD CONSTRAINT "fk_assets_location_id" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assets" ADD CONSTRAINT "fk_assets_site_id" FOREIGN KEY ("site_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assets" ADD CONSTRAINT "fk_assets_custodian_user_id" FOREIGN KEY ("custodian_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_movements" ADD CONSTRAINT "fk_asset_movements_asset_id" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktakes" ADD CONSTRAINT "fk_asset_stocktakes_site_id" FOREIGN KEY ("site_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktakes" ADD CONSTRAINT "fk_asset_stocktakes_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "fk_asset_stocktake_lines_stocktake_id" FOREIGN KEY ("stocktake_id") REFERENCES "asset_stocktakes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "fk_asset_stocktake_lines_asset_id" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "fk_asset_stocktake_lines_expected_location_id" FOREIGN KEY ("expected_location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" ADD CONSTRAINT "fk_asset_stocktake_lines_found_location_id" FOREIGN KEY ("found_location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "fk_asset_stocktake_lines_found_location_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "fk_asset_stocktake_lines_expected_location_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "fk_asset_stocktake_lines_asset_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktake_lines" DROP CONSTRAINT "fk_asset_stocktake_lines_stocktake_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktakes" DROP CONSTRAINT "fk_asset_stocktakes_agency_id"`);
    await queryRunner.query(`ALTER TABLE "asset_stocktakes" DROP CONSTRAINT "fk_asset_stocktakes_site_id"`);
    await queryRunner.query(`ALTER TABLE "asset_movements" DROP CONSTRAINT "fk_asset_movements_asset_id"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "fk_assets_custodian_user_id"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "fk_assets_site_id"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "fk_assets_location_id"`);
    await queryRunner.query(`ALTER TABLE "assets" DROP CONSTRAINT "fk_assets_custodian_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktake_lines_asset_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktake_lines_found_location_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktake_lines_expected_location_id"`);
    await queryRunner.query(`DROP TABLE "asset_stocktake_lines"`);
    await queryRunner.query(`DROP INDEX "public"."uq_asset_stocktakes_site_year"`);
    await queryRunner.query(`DROP INDEX "public"."uq_asset_stocktakes_agency_year"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktakes_opened_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_stocktakes_closed_at"`);
    await queryRunner.query(`DROP TABLE "asset_stocktakes"`);
    await queryRunner.query(`DROP TABLE "asset_number_sequences"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movements_occurred_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movements_recorded_at_id"`);
    await queryRunner.query(`DROP TABLE "asset_movements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_custodian_agency_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_location_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_site_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_custodian_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_category_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assets_acquisition_date"`);
    await queryRunner.query(`DROP TABLE "assets"`);
  }
}
