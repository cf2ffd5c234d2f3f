import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParkingLot } from '../lots/parking-lot.entity';

/**
 * The last serial number given out per lot and ROC year. Incremented in the permit's transaction,
 * so its row lock orders concurrent issues and a rolled-back issue gives its number back.
 */
@Entity('parking_serial_counters')
@Check('ck_parking_serial_counters_last_number', 'last_number >= 0')
export class ParkingSerialCounter {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_parking_serial_counters' }) lotId: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_parking_serial_counters' }) rocYear: number;
  @ManyToOne(() => ParkingLot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_parking_serial_counters_lot' })
  lot?: ParkingLot;
  @Column({ type: 'int' }) lastNumber: number;
}
