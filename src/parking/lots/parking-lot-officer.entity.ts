import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { ParkingLot } from './parking-lot.entity';

/** A parking officer allowed to issue permits for a lot. */
@Entity('parking_lot_officers')
@Index('ix_parking_lot_officers_user_id', ['userId'])
export class ParkingLotOfficer {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_parking_lot_officers' }) lotId: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_parking_lot_officers' }) userId: string;
  @ManyToOne(() => ParkingLot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_parking_lot_officers_lot' })
  lot?: ParkingLot;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_parking_lot_officers_user' })
  user?: User;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
