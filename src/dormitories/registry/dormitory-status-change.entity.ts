import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { DORMITORY_STATUSES, DormitoryStatus } from './dormitory-kinds';
import { Dormitory } from './dormitory.entity';

/** A dated change of a dormitory's status; demolitions and handovers are counted from these. */
@Entity('dormitory_status_changes')
@Index('ix_dormitory_status_changes_dormitory_id', ['dormitoryId', 'effectiveOn'])
@Index('ix_dormitory_status_changes_to_status_effective_on', ['toStatus', 'effectiveOn'])
@Check('ck_dormitory_status_changes_to_status', `to_status IN (${sqlList(DORMITORY_STATUSES)})`)
export class DormitoryStatusChange {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  @Column({ type: 'text' }) fromStatus: DormitoryStatus;
  @Column({ type: 'text' }) toStatus: DormitoryStatus;
  @Column({ type: 'date' }) effectiveOn: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
