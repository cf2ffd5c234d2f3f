import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportedResidenceChecks1796156482670 implements MigrationInterface {
  name = 'ImportedResidenceChecks1796156482670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "residence_check_campaigns" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "residence_checks" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "residence_checks" DROP COLUMN "imported_at"`);
    await queryRunner.query(`ALTER TABLE "residence_check_campaigns" DROP COLUMN "imported_at"`);
  }
}
