import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedCases1796114750689 implements MigrationInterface {
  name = 'ImportedCases1796114750689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maintenance_tickets" DROP COLUMN "imported_at"`);
  }
}
