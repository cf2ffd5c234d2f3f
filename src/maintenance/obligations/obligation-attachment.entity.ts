import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { StoredAttachment } from '../attachments/stored-attachment';
import { ObligationOccurrence } from './obligation-occurrence.entity';

/** A certificate or report for an occurrence, stored like ticket attachments. */
@Entity('maintenance_obligation_attachments')
@Index('ix_maintenance_obligation_attachments_occurrence_id', ['occurrenceId'])
@Check('ck_maintenance_obligation_attachments_size', 'size_bytes > 0')
@Check('ck_maintenance_obligation_attachments_sha256', "sha256 ~ '^[0-9a-f]{64}$'")
export class ObligationAttachment extends StoredAttachment {
  @Column({ type: 'uuid' }) occurrenceId: string;
  @ManyToOne(() => ObligationOccurrence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occurrence_id', foreignKeyConstraintName: 'fk_maintenance_obligation_attachments_occurrence' })
  occurrence?: Relation<ObligationOccurrence>;
}
