import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssetMovementForms1796154666580 implements MigrationInterface {
  name = 'AssetMovementForms1796154666580';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "asset_movement_forms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "custodian_agency_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "asset_cost" integer NOT NULL, "approval_steps" text array NOT NULL, "approved_steps" smallint NOT NULL DEFAULT '0', "recipient_name" text, "proceeds" integer, "reason" text, "document_number" text, "filed_by_user_id" uuid NOT NULL, "filed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP(3) WITH TIME ZONE, "rejection_note" text, "movement_id" uuid, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_asset_movement_forms_proceeds" CHECK ((kind = 'sale') = (proceeds IS NOT NULL) AND (proceeds IS NULL OR proceeds >= 0)), CONSTRAINT "ck_asset_movement_forms_recipient" CHECK (kind NOT IN ('transfer', 'donation') OR (recipient_name IS NOT NULL AND btrim(recipient_name) <> '')), CONSTRAINT "ck_asset_movement_forms_rejection_note" CHECK (status <> 'rejected' OR (rejection_note IS NOT NULL AND btrim(rejection_note) <> '')), CONSTRAINT "ck_asset_movement_forms_decided" CHECK ((status = 'pending') = (decided_at IS NULL)), CONSTRAINT "ck_asset_movement_forms_approved" CHECK ((status = 'approved') = (movement_id IS NOT NULL) AND (status <> 'approved' OR approved_steps = cardinality(approval_steps))), CONSTRAINT "ck_asset_movement_forms_steps" CHECK (cardinality(approval_steps) BETWEEN 1 AND 5 AND approval_steps <@ ARRAY['property_officer', 'agency_admin', 'admin']::text[] AND approved_steps BETWEEN 0 AND cardinality(approval_steps)), CONSTRAINT "ck_asset_movement_forms_status" CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')), CONSTRAINT "ck_asset_movement_forms_kind" CHECK (kind IN ('transfer', 'donation', 'sale', 'scrap')), CONSTRAINT "pk_asset_movement_forms" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_asset_movement_forms_movement_id" ON "asset_movement_forms"  ("movement_id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_movement_forms_filed_by" ON "asset_movement_forms"  ("filed_by_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_movement_forms_filed_at_id" ON "asset_movement_forms"  ("filed_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_movement_forms_agency_filed" ON "asset_movement_forms"  ("custodian_agency_id", "filed_at") `);
    await queryRunner.query(`CREATE INDEX "ix_asset_movement_forms_asset_id" ON "asset_movement_forms"  ("asset_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_asset_movement_forms_pending_asset" ON "asset_movement_forms"  ("asset_id") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE TABLE "asset_movement_form_steps" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "form_id" uuid NOT NULL, "step_index" smallint NOT NULL, "role" text NOT NULL, "decision" text NOT NULL, "decided_by_user_id" uuid NOT NULL, "decided_by_name" text NOT NULL, "note" text, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_asset_movement_form_steps_user" UNIQUE ("form_id", "decided_by_user_id"), CONSTRAINT "uq_asset_movement_form_steps_step" UNIQUE ("form_id", "step_index"), CONSTRAINT "ck_asset_movement_form_steps_index" CHECK (step_index BETWEEN 0 AND 4), CONSTRAINT "ck_asset_movement_form_steps_decision" CHECK (decision IN ('approved', 'rejected')), CONSTRAINT "ck_asset_movement_form_steps_role" CHECK (role IN ('property_officer', 'agency_admin', 'admin')), CONSTRAINT "pk_asset_movement_form_steps" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_asset_movement_form_steps_user" ON "asset_movement_form_steps"  ("decided_by_user_id") `);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" ADD CONSTRAINT "fk_asset_movement_forms_asset_id" FOREIGN KEY ("asset_id") REFERENCES "assets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" ADD CONSTRAINT "fk_asset_movement_forms_custodian_agency_id" FOREIGN KEY ("custodian_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" ADD CONSTRAINT "fk_asset_movement_forms_filed_by_user_id" FOREIGN KEY ("filed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" ADD CONSTRAINT "fk_asset_movement_forms_movement_id" FOREIGN KEY ("movement_id") REFERENCES "asset_movements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_movement_form_steps" ADD CONSTRAINT "fk_asset_movement_form_steps_form_id" FOREIGN KEY ("form_id") REFERENCES "asset_movement_forms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "asset_movement_form_steps" ADD CONSTRAINT "fk_asset_movement_form_steps_decided_by_user_id" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "asset_movement_form_steps" DROP CONSTRAINT "fk_asset_movement_form_steps_decided_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "asset_movement_form_steps" DROP CONSTRAINT "fk_asset_movement_form_steps_form_id"`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" DROP CONSTRAINT "fk_asset_movement_forms_movement_id"`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" DROP CONSTRAINT "fk_asset_movement_forms_filed_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" DROP CONSTRAINT "fk_asset_movement_forms_custodian_agency_id"`);
    await queryRunner.query(`ALTER TABLE "asset_movement_forms" DROP CONSTRAINT "fk_asset_movement_forms_asset_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movement_form_steps_user"`);
    await queryRunner.query(`DROP TABLE "asset_movement_form_steps"`);
    await queryRunner.query(`DROP INDEX "public"."uq_asset_movement_forms_pending_asset"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movement_forms_asset_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movement_forms_agency_filed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movement_forms_filed_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movement_forms_filed_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_asset_movement_forms_movement_id"`);
    await queryRunner.query(`DROP TABLE "asset_movement_forms"`);
  }
}
