import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to one record: who, from which agency, what, and the values before and after. */
@Entity('audit_entries')
@Index('ix_audit_entries_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_entries_occurred_at_id', ['occurredAt', 'id'])
@Index('ix_audit_entries_actor_user_id', ['actorUserId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) occurredAt: Date;
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) actorAgencyId: string | null;
  @Column({ type: 'text' }) actorName: string;
  @Column({ type: 'text' }) entityType: string;
  @Column({ type: 'text' }) entityId: string;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @Column({ type: 'text' }) requestId: string;
}
