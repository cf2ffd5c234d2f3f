import { MigrationInterface, QueryRunner } from 'typeorm';

export class DormitoryMoveOutDeadline1796127899670 implements MigrationInterface {
  name = 'DormitoryMoveOutDeadline1796127899670';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" ADD "move_out_due_on" date`);
    await queryRunner.query(`CREATE INDEX "ix_dormitory_assignments_move_out_due_on" ON "dormitory_assignments"  ("move_out_due_on") WHERE ends_on IS NULL`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" ADD CONSTRAINT "ck_dormitory_assignments_move_out_due_on" CHECK (move_out_due_on IS NULL OR move_out_due_on > starts_on)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" DROP CONSTRAINT "ck_dormitory_assignments_move_out_due_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dormitory_assignments_move_out_due_on"`);
    await queryRunner.query(`ALTER TABLE "dormitory_assignments" DROP COLUMN "move_out_due_on"`);
  }
}
