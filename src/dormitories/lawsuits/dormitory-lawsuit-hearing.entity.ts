import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from '../../database/sql-list';
import { DormitoryLawsuit } from './dormitory-lawsuit.entity';
import { LAWSUIT_STAGES, LawsuitStage } from './lawsuit-kinds';

/** A hearing (開庭) of a lawsuit, at the stage the lawsuit was in. */
@Entity('dormitory_lawsuit_hearings')
@Index('ix_dormitory_lawsuit_hearings_lawsuit_id', ['lawsuitId', 'heldOn'])
@Check('ck_dormitory_lawsuit_hearings_stage', `stage IN (${sqlList(LAWSUIT_STAGES)})`)
export class DormitoryLawsuitHearing {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) lawsuitId: string;
  @ManyToOne(() => DormitoryLawsuit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lawsuit_id' })
  lawsuit?: DormitoryLawsuit;
  @Column({ type: 'date' }) heldOn: string;
  @Column({ type: 'text' }) stage: LawsuitStage;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
