import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { DormitoryLawsuit } from './dormitory-lawsuit.entity';

/** A court document of a lawsuit (complaint, judgment…), kept in maintenance's attachment storage. */
@Entity('dormitory_lawsuit_documents')
@Index('ix_dormitory_lawsuit_documents_lawsuit_id', ['lawsuitId'])
@Index('ix_dormitory_lawsuit_documents_uploaded_by_user_id', ['uploadedByUserId'])
export class DormitoryLawsuitDocument {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) lawsuitId: string;
  @ManyToOne(() => DormitoryLawsuit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lawsuit_id' })
  lawsuit?: DormitoryLawsuit;
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
