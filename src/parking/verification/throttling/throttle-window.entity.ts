import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Requests counted for one rate-limit key in its current fixed window, shared by every instance. */
@Entity('parking_throttle_windows')
@Index('ix_parking_throttle_windows_window_started_at', ['windowStartedAt'])
@Check('ck_parking_throttle_windows_hits', 'hits > 0')
export class ParkingThrottleWindow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_parking_throttle_windows' }) key: string;
  @Column({ type: 'timestamptz' }) windowStartedAt: Date;
  @Column({ type: 'int' }) hits: number;
}
