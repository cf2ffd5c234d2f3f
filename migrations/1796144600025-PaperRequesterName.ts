import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaperRequesterName1796144600025 implements MigrationInterface {
  name = 'PaperRequesterName1796144600025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD "paper_requester_name" text`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" ADD CONSTRAINT "ck_fleet_bookings_paper_requester" CHECK (paper_requester_name IS NULL OR (channel = 'paper' AND length(btrim(paper_requester_name)) > 0))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP CONSTRAINT "ck_fleet_bookings_paper_requester"`);
    await queryRunner.query(`ALTER TABLE "fleet_bookings" DROP COLUMN "paper_requester_name"`);
  }
}
