import { MigrationInterface, QueryRunner } from 'typeorm';

export class FigureSentenceTemplates1796111743333 implements MigrationInterface {
  name = 'FigureSentenceTemplates1796111743333';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "figure_sentence_templates" ("key" text NOT NULL, "text" text NOT NULL, "updated_by_user_id" uuid, "updated_by_name" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_figure_sentence_templates_text" CHECK (length(btrim(text)) BETWEEN 1 AND 500), CONSTRAINT "pk_figure_sentence_templates" PRIMARY KEY ("key"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "figure_sentence_templates"`);
  }
}
