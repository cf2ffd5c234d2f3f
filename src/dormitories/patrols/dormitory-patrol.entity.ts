import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { Dormitory } from '../registry/dormitory.entity';

/** One patrol (巡查) of a dormitory; what was found is in its findings. */
@Entity('dormitory_patrols')
@Index('ix_dormitory_patrols_dormitory_id', ['dormitoryId', 'patrolledAt'])
@Index('ix_dormitory_patrols_patrolled_at', ['patrolledAt', 'id'])
@Index('ix_dormitory_patrols_inspector_user_id', ['inspectorUserId'])
export class DormitoryPatrol {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  @Column({ type: 'timestamptz', precision: 3 }) patrolledAt: Date;
  @Column({ type: 'uuid' }) inspectorUserId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'inspector_user_id' }) inspector?: User;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
