import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParkingLot } from './parking-lot.entity';

/**
 * Spaces issued for one lot on one day. Every issue increments the row of each day it covers in
 * the same transaction as the permit, so the CHECK makes over-issuing impossible whatever the
 * concurrency.
 */
@Entity('parking_lot_days')
@Check('ck_parking_lot_days_within_capacity', 'issued >= 0 AND issued <= capacity')
export class ParkingLotDay {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_parking_lot_days' }) lotId: string;
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_parking_lot_days' }) day: string;
  @ManyToOne(() => ParkingLot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_parking_lot_days_lot' })
  lot?: ParkingLot;
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'int', default: 0 }) issued: number;
}
