import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { PatrolFinding } from '../patrols/patrol-finding.entity';
import { ResidenceCheck } from '../residence-checks/residence-check.entity';

/**
 * A photo taken on a patrol (of a finding) or on a residence check. The bytes live in the shared
 * attachment storage; the row keeps where, and their sha256. Exactly one of the two owners is set.
 */
@Entity('dormitory_photos')
@Index('ix_dormitory_photos_finding_id', ['findingId'])
@Index('ix_dormitory_photos_residence_check_id', ['residenceCheckId'])
@Index('ix_dormitory_photos_uploaded_by_user_id', ['uploadedByUserId'])
@Check('ck_dormitory_photos_owner', 'num_nonnulls(finding_id, residence_check_id) = 1')
export class DormitoryPhoto {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) findingId: string | null;
  @ManyToOne(() => PatrolFinding, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'finding_id' }) finding?: PatrolFinding;
  @Column({ type: 'uuid', nullable: true }) residenceCheckId: string | null;
  @ManyToOne(() => ResidenceCheck, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'residence_check_id' })
  residenceCheck?: ResidenceCheck;
  @Column({ type: 'text' }) fileName: string;
  @Column({ type: 'text' }) contentType: string;
  @Column({ type: 'int' }) sizeBytes: number;
  @Column({ type: 'text' }) sha256: string;
  /** Path relative to the upload directory. */
  @Column({ type: 'text' }) storagePath: string;
  @Column({ type: 'uuid' }) uploadedByUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'uploaded_by_user_id' }) uploadedBy?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
