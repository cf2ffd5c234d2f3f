import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * An admin's wording of one report sentence, overriding the default (the 112 report's wording,
 * kept in code). A missing row means the default applies; deleting the row restores it.
 */
@Entity('figure_sentence_templates')
@Check('ck_figure_sentence_templates_text', 'length(btrim(text)) BETWEEN 1 AND 500')
export class SentenceTemplate {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'uuid', nullable: true }) updatedByUserId: string | null;
  @Column({ type: 'text' }) updatedByName: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @VersionColumn() version: number;
}
