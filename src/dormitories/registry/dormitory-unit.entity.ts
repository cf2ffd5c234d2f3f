import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Dormitory } from './dormitory.entity';

/** One assignable unit of a dormitory: a flat of a multi-room dormitory, or the whole house. */
@Entity('dormitory_units')
@Unique('uq_dormitory_units_dormitory_id_code', ['dormitoryId', 'code'])
@Check('ck_dormitory_units_room_count', 'room_count > 0')
export class DormitoryUnit {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) dormitoryId: string;
  @ManyToOne(() => Dormitory, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'dormitory_id' }) dormitory?: Dormitory;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'int', default: 1 }) roomCount: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
