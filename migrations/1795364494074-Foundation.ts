import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795364494074 implements MigrationInterface {
  name = 'Foundation1795364494074';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_failures" ("id" BIGSERIAL NOT NULL, "username" text NOT NULL, "ip_address" text, "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_failures" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_login_failures_username_failed_at" ON "login_failures"  ("username", "failed_at") `);
    await queryRunner.query(`CREATE TABLE "app_settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_app_settings" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "parent_id" uuid, "parent_kind" text, "code" text NOT NULL, "name" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_locations_parent_id_code" UNIQUE ("parent_id", "code"), CONSTRAINT "uq_locations_id_kind" UNIQUE ("id", "kind"), CONSTRAINT "ck_locations_parent_kind" CHECK ((kind = 'site' AND parent_id IS NULL AND parent_kind IS NULL) OR (kind = 'building' AND parent_kind = 'site') OR (kind = 'floor' AND parent_kind = 'building') OR (kind = 'room' AND parent_kind = 'floor')), CONSTRAINT "ck_locations_kind" CHECK (kind IN ('site', 'building', 'floor', 'room')), CONSTRAINT "pk_locations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_locations_parent_id_parent_kind" ON "locations"  ("parent_id", "parent_kind") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_locations_site_code" ON "locations"  ("code") WHERE kind = 'site'`);
    await queryRunner.query(`CREATE TABLE "trades" ("code" text NOT NULL, "name" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "pk_trades" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_agencies_code" UNIQUE ("code"), CONSTRAINT "pk_agencies" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "email" text, "phone" text, "agency_id" uuid NOT NULL, "roles" text array NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_users_username" UNIQUE ("username"), CONSTRAINT "ck_users_username_lower" CHECK (username = lower(username)), CONSTRAINT "ck_users_roles_known" CHECK (roles <@ ARRAY['requester', 'agency_admin', 'maintenance_coordinator', 'technician', 'dispatcher', 'driver', 'parking_officer', 'dormitory_manager', 'property_officer', 'report_viewer', 'admin']::text[] AND cardinality(roles) > 0), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_users_agency_id" ON "users"  ("agency_id") `);
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_agency_id" uuid, "actor_name" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, "request_id" text NOT NULL, CONSTRAINT "pk_audit_entries" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_actor_user_id" ON "audit_entries"  ("actor_user_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_occurred_at_id" ON "audit_entries"  ("occurred_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_entity" ON "audit_entries"  ("entity_type", "entity_id", "occurred_at") `);
    await queryRunner.query(`ALTER TABLE "locations" ADD CONSTRAINT "fk_locations_parent" FOREIGN KEY ("parent_id", "parent_kind") REFERENCES "locations"("id","kind") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_agency_id" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_agency_id"`);
    await queryRunner.query(`ALTER TABLE "locations" DROP CONSTRAINT "fk_locations_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_occurred_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_entries_actor_user_id"`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_agency_id"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
    await queryRunner.query(`DROP TABLE "trades"`);
    await queryRunner.query(`DROP INDEX "public"."uq_locations_site_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_locations_parent_id_parent_kind"`);
    await queryRunner.query(`DROP TABLE "locations"`);
    await queryRunner.query(`DROP TABLE "app_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_failures_username_failed_at"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
  }
}
